using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class WarLossesTests
{
    [Fact]
    public void Bare_war_losses_are_soldiers()
    {
        var before = new PeopleContext([], "people", false, null, 0, 0);
        var run = CountPhraseRun.Of(WarLosses.Rule, "Total losses now stand at about 500,000, the report said.", "500,000", before);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
        Assert.Equal("troops", run.Draft.Noun);
        Assert.True(run.Draft.Military);
    }

    [Fact]
    public void Leaves_losses_among_civilians_alone()
    {
        var before = new PeopleContext([], "people", false, null, 0, 0);
        var run = CountPhraseRun.Of(WarLosses.Rule, "Losses among civilians now stand at about 9,000, the report said.", "9,000", before);
        Assert.Equal("people", run.Draft.Noun);
        Assert.False(run.Draft.Military);
    }
}
