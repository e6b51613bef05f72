using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ForceCrossingTests
{
    [Fact]
    public void Soldiers_crossing_into_a_region_are_deployed()
    {
        var run = CountPhraseRun.Of(ForceCrossing.Rule, "About 1,500 military engineers have already crossed into the Varna region.", "1,500");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void Refugees_crossing_a_border_stay_displaced()
    {
        var run = CountPhraseRun.Of(ForceCrossing.Rule, "More than 30,000 refugees have crossed into Moldova since Friday.", "30,000");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Fact]
    public void Soldiers_who_fled_across_stay_displaced()
    {
        var run = CountPhraseRun.Of(ForceCrossing.Rule, "Around 600 soldiers fled across the border into Belarus after the garrison fell.", "600");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
