using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PopulationInNeedTests
{
    [Fact]
    public void A_population_facing_hunger_after_a_displaced_figure_is_other()
    {
        var run = CountPhraseRun.Of(PopulationInNeed.Rule, "The UN says more than 10,000 people have been displaced, and nearly 21,000 face acute hunger.", "21,000");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void The_displaced_figure_keeps_its_fate()
    {
        var run = CountPhraseRun.Of(PopulationInNeed.Rule, "The UN says more than 10,000 people have been displaced, and nearly 21,000 face acute hunger.", "10,000");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
