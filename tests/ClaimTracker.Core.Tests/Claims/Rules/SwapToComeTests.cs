using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SwapToComeTests
{
    [Theory]
    [InlineData("A further exchange of about 250 prisoners is planned for the spring, the ombudsman said.", "250")]
    [InlineData("The envoys agreed to prepare another swap of 800 prisoners each.", "800")]
    public void Prisoners_a_swap_has_not_yet_freed_are_still_held(string text, string number)
    {
        var run = CountPhraseRun.Of(SwapToCome.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The two sides exchanged 250 prisoners on Friday, the ombudsman said.", "250")]
    [InlineData("The mediator said it had helped bring about nine exchanges involving 1,600 prisoners.", "1,600")]
    [InlineData("The ministry said 48 hostages were freed at dawn.", "48")]
    public void Prisoners_a_swap_freed_are_other(string text, string number)
    {
        var run = CountPhraseRun.Of(SwapToCome.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void The_other_side_of_a_swap_to_come_is_released()
    {
        var run = CountPhraseRun.Of(SwapToCome.Rule, "The hostages are due to be freed on Saturday in exchange for 180 Palestinian prisoners.", "180");
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }
}
