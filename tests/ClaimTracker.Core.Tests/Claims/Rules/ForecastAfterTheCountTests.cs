using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ForecastAfterTheCountTests
{
    [Fact]
    public void Arrivals_forecast_after_a_preparers_plan_are_expected()
    {
        var run = CountPhraseRun.Of(ForecastAfterTheCount.Rule, "The agency said Chad is preparing camps for a further 50,000 refugees expected in the coming weeks.", "50,000");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void The_plan_verbs_own_object_stays_planned()
    {
        var run = CountPhraseRun.Of(ForecastAfterTheCount.Rule, "North Korea plans to send 3,000 more troops expected to arrive by December.", "3,000");
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }
}
