using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PulledFromTests
{
    [Theory]
    [InlineData("Fishermen said 23 survivors were pulled from the water after the ferry sank.", "23")]
    [InlineData("Rescuers said 8 people were hauled out of the rubble alive.", "8")]
    public void People_pulled_from_water_or_rubble_are_rescued(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Fact]
    public void Bodies_pulled_from_the_river_stay_dead()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Divers said the bodies of 11 people were pulled from the river.", "11");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
