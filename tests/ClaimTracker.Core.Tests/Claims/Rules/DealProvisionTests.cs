using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DealProvisionTests
{
    [Theory]
    [InlineData("The agreement provided for the release of 26 hostages in exchange for about 1,400 Palestinians held by Israel.", "26")]
    [InlineData("The agreement provided for the release of 26 hostages in exchange for about 1,400 Palestinians held by Israel.", "1,400")]
    [InlineData("The truce also calls for nine more hostages to be freed for each extra day.", "nine")]
    [InlineData("The accord envisages the exchange of 320 prisoners from each side.", "320")]
    public void What_a_deal_provides_for_is_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(DealProvision.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The deal calls for the return of the bodies of 14 hostages who died in captivity.", "14")]
    [InlineData("Under the ceasefire deal, 560 prisoners were freed last week.", "560")]
    [InlineData("The deal provided for a pause, but 40 prisoners were freed only after a week.", "40")]
    public void The_dead_a_deal_returns_or_a_release_done_stays_reported(string text, string number)
    {
        var run = CountPhraseRun.Of(DealProvision.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
