using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgeLimitTests
{
    [Theory]
    [InlineData("UNICEF said about 310,000 children under five were sleeping in tents.", "five")]
    [InlineData("The clinic treated 40 girls below 18 for shrapnel wounds.", "18")]
    [InlineData("Some 1,200 children over 12 were sent to the camp, the agency said.", "12")]
    public void A_small_figure_after_a_bound_on_the_young_is_an_age(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeLimit.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("UNICEF said about 310,000 children under five were sleeping in tents.", "310,000")]
    [InlineData("Rescuers found the children, over 20 of them, in a basement.", "20")]
    public void The_count_itself_and_a_figure_after_a_comma_are_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeLimit.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
