using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgeAfterOfTests
{
    [Theory]
    [InlineData("Separately, a girl of 16 was killed in a strike on the border town, the ministry said.", "16")]
    [InlineData("A woman of 62 died when a shell struck her house.", "62")]
    public void A_figure_after_a_person_and_of_is_an_age(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeAfterOf.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("A group of 17 people was stopped at the crossing.", "17")]
    [InlineData("The toll rose to a total of 40 killed, the ministry said.", "40")]
    [InlineData("A girl of at least 16 was among those wounded.", "16")]
    public void A_figure_after_of_with_no_person_or_a_hedge_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeAfterOf.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
