using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ExchangedForTests
{
    [Theory]
    [InlineData("Hamas handed over four bodies in exchange for 600 Palestinian prisoners.", "600")]
    [InlineData("Hamas freed three hostages in return for 183 prisoners.", "183")]
    public void The_swaps_other_side_is_released(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void Prisoners_held_for_a_year_stay_captured()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Some 300 prisoners have been held for a year.", "300");
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }
}
