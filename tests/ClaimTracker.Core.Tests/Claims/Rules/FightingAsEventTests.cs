using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FightingAsEvent"/>, read through <see cref="ClauseMetric"/>.</summary>
public sealed class FightingAsEventTests
{
    [Theory]
    [InlineData("At least 23,000 people were cut off in their villages by the fighting.", "23,000", Metric.Other)]
    [InlineData("The strikes killed 31 people, nine of them on the last day of fighting.", "nine", Metric.Killed)]
    public void Fighting_named_as_an_event_gives_no_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void Soldiers_fighting_are_engaged()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "About 11,000 soldiers are fighting in the region.", "11,000");
        Assert.Equal(Metric.Engaged, run.Draft.Metric);
    }
}
