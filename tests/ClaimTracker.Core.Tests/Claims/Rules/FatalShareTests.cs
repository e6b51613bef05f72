using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FatalShareTests
{
    [Theory]
    [InlineData("The general staff said the brigade had taken about 900 casualties, some 140 of them fatal.", "140")]
    [InlineData("Hospitals in the city counted 65 casualties on Sunday, nine of them fatal, the mayor said.", "nine")]
    public void A_fatal_share_of_casualties_is_killed(string text, string number)
    {
        var run = CountPhraseRun.Of(FatalShare.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The general staff said the brigade had taken about 900 casualties, some 140 of them fatal.", "900")]
    [InlineData("The army reported 300 casualties, 40 of them serious.", "40")]
    public void Other_counts_keep_their_metric(string text, string number)
    {
        var run = CountPhraseRun.Of(FatalShare.Rule, text, number);
        Assert.True(run.Kept);
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }
}
