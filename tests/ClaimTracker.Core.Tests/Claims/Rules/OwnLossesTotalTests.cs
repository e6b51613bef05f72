using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OwnLossesTotalTests
{
    [Theory]
    [InlineData("The army said the death brought to 41 the number of troops it has lost since last year.", "41")]
    [InlineData("The ministry said the strike took to 23 the number of soldiers they have lost in the town.", "23")]
    [InlineData("The commander said it brought to 17 the total of soldiers it had lost.", "17")]
    public void An_armys_running_total_of_its_own_lost_counts_the_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(OwnLossesTotal.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The battalion lost seven of its own in the assault, its commander said.", "seven")]
    [InlineData("\"We lost 14 of our own that night,\" the sergeant said.", "14")]
    public void A_bodys_own_lost_are_its_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(OwnLossesTotal.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_foes_losses_stay_killed_or_wounded()
    {
        var run = CountPhraseRun.Of(OwnLossesTotal.Rule, "Ukraine's General Staff said Russia had lost 1,140 troops over the past day.", "1,140");
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }
}
