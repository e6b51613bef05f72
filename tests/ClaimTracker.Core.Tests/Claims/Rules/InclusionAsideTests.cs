using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class InclusionAsideTests
{
    [Theory]
    [InlineData("Its total casualties, counting the wounded, reach as many as 500,000, the president said.", "500,000", Metric.KilledOrWounded)]
    [InlineData("Officials put the army's overall losses, including the injured, at some 40,000.", "40,000", Metric.KilledOrWounded)]
    [InlineData("The death toll, excluding the missing, rose to 212 on Monday.", "212", Metric.Killed)]
    public void The_total_keeps_the_fate_of_its_own_noun(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void The_asides_word_stands_when_nothing_before_names_a_fate()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Doctors said that, counting the injured, they had treated 75 people overnight.", "75");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
