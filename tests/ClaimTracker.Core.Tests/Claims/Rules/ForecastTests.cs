using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ForecastTests
{
    [Theory]
    [InlineData("Aid groups said 20,000 people are expected to flee this week.", "20,000")]
    [InlineData("Analysts said up to 6,000 more troops could arrive by winter.", "6,000")]
    public void An_observers_forecast_makes_the_count_expected(string text, string number)
    {
        var run = CountPhraseRun.Of(Forecast.Rule, text, number);
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void A_count_sent_in_the_past_is_no_forecast()
    {
        var run = CountPhraseRun.Of(Forecast.Rule, "The new deployment could add to the 11,000 soldiers sent last autumn.", "11,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void May_have_been_is_a_hedged_past_not_a_forecast()
    {
        var run = CountPhraseRun.Of(Forecast.Rule, "Medics said 40 people may have been killed in the blast.", "40");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Theory]
    [InlineData("Britain said North Korea had most likely lost more than 3,800 soldiers in Kursk.", "3,800")]
    [InlineData("Russian forces have highly likely sustained some 1,100 casualties a day.", "1,100")]
    [InlineData("The army likely suffered 400 casualties in the assault.", "400")]
    public void A_hedge_on_a_past_loss_is_no_forecast(string text, string number)
    {
        var run = CountPhraseRun.Of(Forecast.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void Likely_to_before_a_call_up_stays_a_forecast()
    {
        var run = CountPhraseRun.Of(Forecast.Rule, "Moscow is likely to call up a further 90,000 reservists in the autumn.", "90,000");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }
    [Theory]
    [InlineData("Kim said the sacrifice of the 101 fallen soldiers would never be forgotten.", "101")]
    [InlineData("He said the 88 fallen heroes would be remembered forever.", "88")]
    public void A_vow_to_remember_the_dead_is_no_forecast(string text, string number)
    {
        var run = CountPhraseRun.Of(Forecast.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void A_modal_before_a_move_stays_a_forecast_beside_a_vow()
    {
        var run = CountPhraseRun.Of(Forecast.Rule, "About 3,000 more troops could be sent, and they would never be forgotten.", "3,000");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }
}
