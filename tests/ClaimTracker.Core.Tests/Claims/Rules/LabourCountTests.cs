using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LabourCountTests
{
    [Fact]
    public void Workers_hired_count_nobody()
    {
        var run = CountPhraseRun.Of(LabourCount.Rule, "The steelworks took four months to hire 120 workers.", "120");
        Assert.False(run.Kept);
    }

    [Fact]
    public void Workers_with_a_fate_stay()
    {
        var run = CountPhraseRun.Of(LabourCount.Rule, "Forty workers were killed when a missile hit the plant.", "Forty");
        Assert.True(run.Kept);
    }
}
