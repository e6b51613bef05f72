using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReturnSoughtTests
{
    [Fact]
    public void Residents_a_campaign_aims_to_send_home_are_displaced()
    {
        var run = CountPhraseRun.Of(ReturnSought.Rule, "Israel says its campaign aims to push Hezbollah away so that some 60,000 residents of northern Israel can return to their homes.", "60,000");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void Residents_who_have_returned_are_no_sought_return()
    {
        var run = CountPhraseRun.Of(ReturnSought.Rule, "Some 40,000 residents have returned to their homes, the mayor said.", "40,000");
        Assert.NotEqual(Metric.Displaced, run.Draft.Metric);
    }
}
