using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RescuedFromCaptivityTests
{
    [Fact]
    public void People_rescued_outside_the_swaps_are_released()
    {
        var run = CountPhraseRun.Of(RescuedFromCaptivity.Rule, "A further 430 civilians were rescued outside official swaps.", "430");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void People_rescued_from_the_rubble_are_evacuated()
    {
        var run = CountPhraseRun.Of(RescuedFromCaptivity.Rule, "Rescuers pulled 27 people alive from the rubble.", "27");
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }
}
