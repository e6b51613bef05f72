using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PartitiveWholeTests
{
    [Fact]
    public void The_whole_of_soldiers_is_those_deployed()
    {
        var run = CountPhraseRun.Of(PartitiveWhole.Rule, "About 3,000 of the 12,000 North Korean soldiers sent there were killed or wounded.", "12,000");
        Assert.True(run.Kept);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void A_whole_of_residents_is_a_population()
    {
        var run = CountPhraseRun.Of(PartitiveWhole.Rule, "Some 45,000 of the city's 300,000 residents have fled.", "300,000");
        Assert.False(run.Kept);
    }

    [Fact]
    public void Leaves_a_count_that_is_no_whole_alone()
    {
        var run = CountPhraseRun.Of(PartitiveWhole.Rule, "About 12,000 North Korean soldiers were killed or wounded.", "12,000");
        Assert.True(run.Kept);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }
}
