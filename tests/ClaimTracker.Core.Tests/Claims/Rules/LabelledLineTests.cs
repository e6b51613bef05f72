using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LabelledLineTests
{
    // A label naming a fate gives it to a count whose line names none; a label naming no fate, a sentence before a colon,
    // a long label or a fate the line names itself leave the metric as the clause read it.
    [Theory]
    [InlineData("- Killed: 19 civilians, 3 of them children", "19", Metric.Killed, false)]
    [InlineData("Injured: 87 civilians, including 11 children", "87", Metric.Wounded, false)]
    [InlineData("• Civilians evacuated: 240 people", "240", Metric.Evacuated, false)]
    [InlineData("Dead: 12 people", "12", Metric.Killed, false)]
    [InlineData("- Staff on duty: 45 nurses", "45", Metric.Other, true)]
    [InlineData("In Sumy, officials said: 40 people", "40", Metric.Other, true)]
    [InlineData("Killed and wounded in the region over the whole of the past month: 300 people", "300", Metric.Other, true)]
    [InlineData("- Evacuated: 60 people were killed on the road", "60", Metric.Killed, false)]
    public void The_label_names_the_fate_of_a_line_that_names_none(string text, string number, Metric metric, bool guessed)
    {
        var run = CountPhraseRun.Of(LabelledLine.Rule, text, number);
        Assert.Equal((metric, guessed), (run.Draft.Metric, run.Draft.MetricGuessed));
    }
}
