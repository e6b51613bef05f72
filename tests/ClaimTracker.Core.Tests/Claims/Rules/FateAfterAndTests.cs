using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FateAfterAndTests
{
    [Fact]
    public void A_passive_fate_after_and_outweighs_where_they_served()
    {
        var run = CountPhraseRun.Of(FateAfterAnd.Rule, "Officials said eight of the soldiers served in a mountain company and were killed during a raid.", "eight");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void An_adverb_may_stand_between_the_auxiliary_and_the_fate()
    {
        var run = CountPhraseRun.Of(FateAfterAnd.Rule, "Twelve fishermen set out from the harbour before dawn and were later reported missing.", "Twelve");
        Assert.Equal(Metric.Missing, run.Draft.Metric);
    }

    [Fact]
    public void A_presence_after_and_is_no_fate()
    {
        var run = CountPhraseRun.Of(FateAfterAnd.Rule, "About 4,000 troops arrived in the region last month and are stationed near the border.", "4,000");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void A_fate_the_clause_already_named_stays()
    {
        var run = CountPhraseRun.Of(FateAfterAnd.Rule, "Three soldiers were wounded in the blast and were taken to a field hospital.", "Three");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
