using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DiedOfWoundsTests
{
    [Theory]
    [InlineData("Officials said 14 civilians succumbed to their wounds overnight.", "14")]
    [InlineData("Hospital staff said 3 of the injured died of their wounds.", "3")]
    [InlineData("The hospital said about 200 of the wounded later succumbed.", "200")]
    public void A_death_from_wounds_counts_the_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void Killed_and_wounded_side_by_side_stay_losses()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The ministry said 40 soldiers were killed and wounded in the assault.", "40");
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void Wounded_who_were_taken_away_stay_wounded()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Medics said 30 of the wounded were taken to Dnipro.", "30");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
