using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DepartingForceTests
{
    [Theory]
    [InlineData("UNIFIL, whose roughly 8,200 peacekeepers are due to leave the south by the end of next year, cut patrols.", "8,200")]
    [InlineData("The UN force, whose 9,600 troops are due to leave next year, handed over three posts.", "9,600")]
    [InlineData("The mission said its 7,000 soldiers are scheduled to depart in 2027.", "7,000")]
    public void A_force_leaving_is_the_force_in_place(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Theory]
    [InlineData("About 700 Britons are due to leave on charter flights this week.", "700")]
    [InlineData("The brigade, whose 1,500 troops are due to leave for the front next week, trained in the north.", "1,500")]
    public void Others_leaving_stay_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }
}
