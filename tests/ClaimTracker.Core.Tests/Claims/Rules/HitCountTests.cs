using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HitCountTests
{
    [Theory]
    [InlineData("His unit hit at least 9 Russian soldiers in one night, the sergeant said.", "9")]
    [InlineData("The drone team had hit 14 North Korean soldiers in a single week.", "14")]
    public void People_hit_are_killed_or_wounded(string text, string number)
    {
        var run = CountPhraseRun.Of(HitCount.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void People_aboard_a_vehicle_that_was_hit_keep_their_reading()
    {
        var run = CountPhraseRun.Of(HitCount.Rule, "The strike hit a bus carrying 30 passengers near the border.", "30");
        Assert.NotEqual(Metric.KilledOrWounded, run.Draft.Metric);
    }
}
