using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class InAConditionTests
{
    [Theory]
    [InlineData("Six people were in a critical condition after the shelling, doctors said.", "Six")]
    [InlineData("Three residents in serious condition were taken to a hospital in Dnipro.", "Three")]
    [InlineData("Two of the passengers were fighting for their lives on Sunday night.", "Two")]
    [InlineData("Eleven others remain in intensive care, the hospital said.", "Eleven")]
    public void A_grave_condition_names_the_wounded(string text, string number)
    {
        var run = CountPhraseRun.Of(InACondition.Rule, text, number);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Two patients in critical condition died overnight.", "Two", Metric.Killed)]
    [InlineData("Forty children were in critical condition from malnutrition, MSF said.", "Forty", Metric.Other)]
    [InlineData("About 9,000 soldiers were fighting in the region.", "9,000", Metric.Deployed)]
    public void A_fate_read_before_or_an_illness_keeps_the_reading(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(InACondition.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
