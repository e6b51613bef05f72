using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RequestedCountTests
{
    [Fact]
    public void Troops_asked_for_are_planned()
    {
        var run = CountPhraseRun.Of(RequestedCount.Rule, "The general staff had asked for an additional 20,000 troops.", "20,000");
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Fact]
    public void A_request_for_anonymity_asks_for_nobody()
    {
        var run = CountPhraseRun.Of(RequestedCount.Rule, "Officials, who requested anonymity, said 20 soldiers were killed.", "20");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
