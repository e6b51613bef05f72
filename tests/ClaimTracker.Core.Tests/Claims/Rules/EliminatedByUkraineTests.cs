using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EliminatedByUkraineTests
{
    [Theory]
    [InlineData("Ukraine's General Staff said its forces had eliminated 1,150 Russian troops over the past day.", "1,150")]
    [InlineData("The southern command said it had liquidated 84 Russian soldiers on the left bank.", "84")]
    [InlineData("Ukraine's General Staff says more than 230,000 soldiers have been \"eliminated,\" since the invasion.", "230,000")]
    public void Ukraines_eliminated_are_its_foes_losses(string text, string number)
    {
        var run = CountPhraseRun.Of(EliminatedByUkraine.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The Israeli military said it had eliminated 20 militants in central Gaza.", "20")]
    [InlineData("Russia's Defence Ministry said its battlegroup eliminated up to 300 Ukrainian soldiers.", "300")]
    [InlineData("Ukraine's General Staff said 12 Russian soldiers were killed in the strike.", "12")]
    public void Others_eliminated_and_plain_deaths_stay_killed(string text, string number)
    {
        var run = CountPhraseRun.Of(EliminatedByUkraine.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
