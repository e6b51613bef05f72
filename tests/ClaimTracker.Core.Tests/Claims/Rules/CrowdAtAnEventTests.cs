using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CrowdAtAnEventTests
{
    [Fact]
    public void Mourners_who_gathered_count_nobody()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "At the funeral, about 400 mourners gathered in the rain.", "400");
        Assert.False(run.Kept);
    }

    [Fact]
    public void A_rally_after_had_counts_nobody()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "Some 2,500 people had rallied outside parliament.", "2,500");
        Assert.False(run.Kept);
    }

    [Fact]
    public void A_crowd_a_body_counts_stays()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "Some 5,000 people attended the funeral, the agency said.", "5,000");
        Assert.True(run.Kept);
    }

    [Fact]
    public void Those_attended_to_are_no_crowd()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "Medics at the scene saw 40 people and attended to the injured.", "40");
        Assert.True(run.Kept);
    }

    [Fact]
    public void A_crowd_whose_fate_comes_after_a_relative_clause_stays()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "About 30 people who had gathered at the market were hurt.", "30");
        Assert.True(run.Kept);
    }

    [Fact]
    public void A_crowd_gathered_for_a_funeral_stays()
    {
        var run = CountPhraseRun.Of(CrowdAtAnEvent.Rule, "Some 2,000 people gathered for the funeral of the slain reporters.", "2,000");
        Assert.True(run.Kept);
    }
}
