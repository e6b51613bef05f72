using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AwaitedArrivalTests
{
    [Fact]
    public void People_awaited_to_come_are_an_expected_deployment()
    {
        var run = CountPhraseRun.Of(AwaitedArrival.Rule, "They are waiting for another around 2,000 people to come and make up for the losses, she said.", "2,000");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void Soldiers_awaited_to_arrive_are_expected()
    {
        var run = CountPhraseRun.Of(AwaitedArrival.Rule, "Moscow was waiting for roughly 3,000 more soldiers to arrive in the region.", "3,000");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void A_count_with_no_wait_before_it_is_untouched()
    {
        var run = CountPhraseRun.Of(AwaitedArrival.Rule, "About 2,000 soldiers arrived to join the offensive, the official said.", "2,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
