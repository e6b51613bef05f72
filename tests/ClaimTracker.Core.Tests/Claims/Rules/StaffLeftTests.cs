using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class StaffLeftTests
{
    [Theory]
    [InlineData("\"We have two doctors left for the whole north,\" he said.", "two")]
    [InlineData("The unit had only five paramedics left after the strike.", "five")]
    [InlineData("The clinic has just three nurses left, the director said.", "three")]
    public void Staff_a_service_still_has_are_no_claim(string text, string number)
    {
        var run = CountPhraseRun.Of(StaffLeft.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Twelve paramedics left the hospital on Monday, the ministry said.", "Twelve")]
    [InlineData("More than 900 residents have left the town, officials said.", "900")]
    [InlineData("The strike left 12 people dead, rescuers said.", "12")]
    public void Leaving_without_a_holder_is_left_to_the_other_rules(string text, string number)
    {
        var run = CountPhraseRun.Of(StaffLeft.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
