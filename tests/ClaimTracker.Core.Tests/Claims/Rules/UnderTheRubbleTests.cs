using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="UnderTheRubble"/>, read through <see cref="ClauseMetric"/>.</summary>
public sealed class UnderTheRubbleTests
{
    [Theory]
    [InlineData("Eleven residents remain trapped under the rubble of the building.", "Eleven")]
    [InlineData("Some 40 people are still buried beneath the debris.", "40")]
    [InlineData("Rescuers were still searching the debris for about 20 people.", "20")]
    public void People_under_the_rubble_are_missing(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Missing, run.Draft.Metric);
    }

    [Fact]
    public void Bodies_pulled_from_the_rubble_stay_dead()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Rescuers pulled 14 bodies from the rubble.", "14");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
