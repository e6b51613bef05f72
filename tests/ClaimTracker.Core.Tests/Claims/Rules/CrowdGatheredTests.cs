using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CrowdGatheredTests
{
    [Theory]
    [InlineData("Some 300 people had gathered for a funeral when the drone struck.", "300")]
    [InlineData("About 150 mourners assembled outside the mosque.", "150")]
    public void A_crowd_that_gathered_is_other(string text, string number)
    {
        var run = CountPhraseRun.Of(CrowdGathered.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void Troops_who_gathered_stay_deployed()
    {
        var run = CountPhraseRun.Of(CrowdGathered.Rule, "About 5,000 troops had gathered on the border.", "5,000");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }
}
