using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DistributiveCountTests
{
    [Theory]
    [InlineData("About 200 people lived there, and at least one person from each family had come to the wake.", "one")]
    [InlineData("Police said at least one man from every household had gone to the funeral.", "one")]
    public void One_from_each_member_of_a_group_is_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(DistributiveCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("At least one person from the family was killed in the strike, police said.", "one")]
    [InlineData("The two countries swapped 100 soldiers from each side on Friday.", "100")]
    public void A_whole_or_a_larger_figure_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(DistributiveCount.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
