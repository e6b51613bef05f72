using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PreventedMoveTests
{
    [Fact]
    public void Patients_prevented_from_leaving_for_care_are_other()
    {
        var run = CountPhraseRun.Of(PreventedMove.Rule, "The ministry said Israel was still preventing some 12,000 patients from leaving the enclave for treatment abroad.", "12,000");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }
}
