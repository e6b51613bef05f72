using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PassedThroughDetentionTests
{
    [Theory]
    [InlineData("Roughly 7,000 people have passed through the filtration camps near the port since the spring.", "7,000")]
    [InlineData("More than 1,200 men had passed through the prison by the end of the year.", "1,200")]
    public void People_passed_through_a_place_of_holding_are_detained(string text, string number)
    {
        var run = CountPhraseRun.Of(PassedThroughDetention.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(Metric.Detained, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 20,000 soldiers have passed through the training grounds in rotations.", "20,000")]
    [InlineData("Some 3,000 people passed through the crossing on Monday.", "3,000")]
    public void Other_passages_are_not_detention(string text, string number)
    {
        var run = CountPhraseRun.Of(PassedThroughDetention.Rule, text, number);
        Assert.True(run.Kept);
        Assert.NotEqual(Metric.Detained, run.Draft.Metric);
    }
}
