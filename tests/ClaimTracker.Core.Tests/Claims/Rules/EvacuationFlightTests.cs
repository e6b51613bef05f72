using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EvacuationFlightTests
{
    [Theory]
    [InlineData("Cyprus flew out 52 of its nationals on Thursday.", "52")]
    [InlineData("Poland has flown 310 people out of Lebanon so far.", "310")]
    [InlineData("The first evacuation flight carried home 44 relatives of diplomats.", "44")]
    [InlineData("Special flights have already carried more than 900 people out.", "900")]
    [InlineData("France has ferried 320 of its citizens to Cyprus by ship.", "320")]
    [InlineData("Some 180 people landed on the island on a chartered flight.", "180")]
    [InlineData("Romania chartered another flight on Friday night for 90 people.", "90")]
    public void Civilians_flown_or_shipped_out_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(EvacuationFlight.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Ukraine flew home 95 prisoners freed in the swap.", "95")]
    [InlineData("Britain flew 200 troops to Cyprus on Monday.", "200")]
    [InlineData("Some 300 migrants landed on Lampedusa on small boats.", "300")]
    public void Prisoners_troops_and_boat_landings_are_no_evacuation(string text, string number)
    {
        var run = CountPhraseRun.Of(EvacuationFlight.Rule, text, number);
        Assert.NotEqual(Metric.Evacuated, run.Draft.Metric);
    }
}
