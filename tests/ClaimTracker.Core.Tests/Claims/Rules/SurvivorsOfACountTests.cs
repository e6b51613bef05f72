using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SurvivorsOfACountTests
{
    [Theory]
    [InlineData("\"Our crews pulled five children from the rubble, two of them alive,\" he said.", "two")]
    [InlineData("Rescuers pulled seven people from the ruins, four of them alive.", "four")]
    public void The_surviving_share_of_a_counted_group_is_dropped(string text, string number)
    {
        var run = CountPhraseRun.Of(SurvivorsOfACount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Emergency crews pulled 18 people out alive, seven of them from a collapsed stairwell.", "seven")]
    [InlineData("Rescuers pulled seven people from the ruins, four of them alive and badly hurt.", "four")]
    public void A_share_with_a_place_or_more_words_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(SurvivorsOfACount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
