using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RescuedFromATrapTests
{
    [Theory]
    [InlineData("Civil defence crews rescued 25 people trapped under the rubble.", "25")]
    [InlineData("Volunteers rescued 42 people trapped by flooding in the villages.", "42")]
    public void People_rescued_from_a_trap_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(RescuedFromATrap.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Fact]
    public void People_still_trapped_stay_missing()
    {
        var run = CountPhraseRun.Of(RescuedFromATrap.Rule, "Rescuers were searching the rubble for about 15 people trapped under the debris.", "15");
        Assert.Equal(Metric.Missing, run.Draft.Metric);
    }
}
