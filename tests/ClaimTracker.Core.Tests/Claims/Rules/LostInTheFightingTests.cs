using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LostInTheFightingTests
{
    [Theory]
    [InlineData("A Russian motorised brigade lost 260 troops in a failed assault on Ukrainian positions.", "260")]
    [InlineData("The regiment loses 40 soldiers in every storming of the village, a commander said.", "40")]
    public void Troops_lost_in_the_fighting_are_losses(string text, string number)
    {
        var run = CountPhraseRun.Of(LostInTheFighting.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void Troops_who_took_part_stay_engaged()
    {
        var run = CountPhraseRun.Of(LostInTheFighting.Rule, "About 3,000 troops took part in the assault on the town.", "3,000");
        Assert.Equal(Metric.Engaged, run.Draft.Metric);
    }
}
