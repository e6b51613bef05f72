using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EvacueesCarriedTests
{
    [Theory]
    [InlineData("The second repatriation flight took off from Beirut carrying 174 passengers.", "174")]
    [InlineData("The evacuation operation has so far brought home 640 people.", "640")]
    [InlineData("A chartered jet left Larnaca with 150 citizens on board.", "150")]
    [InlineData("The last evacuation ship sailed for Cyprus, ferrying 420 people.", "420")]
    public void People_an_evacuation_carries_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(EvacueesCarried.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("A plane carrying 67 passengers crashed near the airport.", "67")]
    [InlineData("Ukraine brought home 95 soldiers in the latest exchange.", "95")]
    [InlineData("The repatriation ceremony brought home 20 coffins of soldiers.", "20")]
    public void Crashes_swaps_and_the_fallen_are_no_evacuation(string text, string number)
    {
        var run = CountPhraseRun.Of(EvacueesCarried.Rule, text, number);
        Assert.NotEqual(Metric.Evacuated, run.Draft.Metric);
    }
}
