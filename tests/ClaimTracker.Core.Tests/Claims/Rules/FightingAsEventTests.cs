using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FightingAsEvent"/>, read through <see cref="ClauseMetric"/>.</summary>
public sealed class FightingAsEventTests
{
    [Theory]
    [InlineData("At least 23,000 people were cut off in their villages by the fighting.", "23,000", Metric.Other)]
    [InlineData("The strikes killed 31 people, nine of them on the last day of fighting.", "nine", Metric.Killed)]
    // A force fighting beside another takes part in combat; a force fighting somewhere is counted by its size there
    // (FightingPresence, the convention of the session-15 metric12 section in docs/extraction.md).
    [InlineData("About 11,000 soldiers are fighting alongside Russian units.", "11,000", Metric.Engaged)]
    [InlineData("About 11,000 soldiers are fighting in the region.", "11,000", Metric.Deployed)]
    [InlineData("About 700,000 soldiers were fighting.", "700,000", Metric.Deployed)]
    public void Fighting_as_an_event_a_part_or_a_presence(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
