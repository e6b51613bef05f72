using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RatioOfCountsTests
{
    [Theory]
    [InlineData("The raids caused twenty deaths in the south for every one death in the north, the monitor found.", "twenty")]
    [InlineData("Officers said the brigade was losing four to five men for every enemy soldier it killed.", "four to five")]
    [InlineData("For every victim the police record, there are three families who never come forward.", "three")]
    [InlineData("\"For every body we find, there are five more in the desert,\" a volunteer said.", "five")]
    public void Either_side_of_a_ratio_is_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(RatioOfCounts.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Some 40 people were killed for every day the siege lasted, doctors said.", "40")]
    [InlineData("The shelling killed 12 people, and rescuers searched for every survivor.", "12")]
    [InlineData("Israel returns the bodies of 15 Palestinians for each hostage whose remains are handed over.", "15")]
    public void A_rate_over_time_a_later_clause_or_for_each_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(RatioOfCounts.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
