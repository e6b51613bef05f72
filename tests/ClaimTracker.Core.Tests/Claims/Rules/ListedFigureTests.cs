using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ListedFigureTests
{
    [Theory]
    [InlineData("- Killed: 41", "41", Metric.Killed)]
    [InlineData("Injured: 96", "96", Metric.Wounded)]
    [InlineData("  - Bodies recovered from under the rubble: 18", "18", Metric.Killed)]
    [InlineData("Newly displaced in the past week: 2,350.", "2,350", Metric.Displaced)]
    // A movements table's rows: a return ends displacement, any other movement is flight.
    [InlineData("Returns to the north: 12,400", "12,400", Metric.Other)]
    [InlineData("- Departures to the south: 3,150", "3,150", Metric.Displaced)]
    [InlineData("Crossings into Egypt: 410", "410", Metric.Displaced)]
    public void A_figure_under_a_label_naming_a_fate_takes_that_fate(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ListedFigure.Rule, text, number);
        Assert.True(run.Phrase.Elided);
        Assert.Equal(metric, run.Phrase.NamedMetric);
    }

    [Theory]
    [InlineData("Aid trucks that entered the Strip: 80", "80")]
    [InlineData("Killed: 41 in Rafah and Khan Younis", "41")]
    [InlineData("Trucks entering: 620", "620")]
    public void A_label_naming_no_fate_or_a_figure_with_more_after_it_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(ListedFigure.Rule, text, number);
        Assert.False(run.Phrase.Elided);
        Assert.Null(run.Phrase.NamedMetric);
    }
}
