using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EnRouteTests
{
    [Theory]
    [InlineData("Officials said 2,000 construction workers were already on their way to the east.", "2,000")]
    [InlineData("A contingent of 800 troops is en route to the capital.", "800")]
    public void An_arrival_under_way_is_an_expected_deployment(string text, string number)
    {
        var run = CountPhraseRun.Of(EnRoute.Rule, text, number);
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void Leaves_people_who_have_arrived_alone()
    {
        var run = CountPhraseRun.Of(EnRoute.Rule, "Officials said 2,000 troops arrived in the capital on Monday.", "2,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
