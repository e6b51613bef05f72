using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CoordinatedLateFateTests
{
    [Fact]
    public void The_first_of_two_joined_counts_takes_the_fate_read_for_the_second()
    {
        var run = CountPhraseRun.Of(CoordinatedLateFate.Rule, "On Tuesday, 71 patients and 118 caregivers travelled to the Emirates for care.", "118");
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
        Assert.Equal(Metric.Evacuated, run.Phrase.Previous?.Metric);
    }

    [Fact]
    public void A_count_a_verb_of_its_own_took_keeps_its_fate()
    {
        var run = CountPhraseRun.Of(CoordinatedLateFate.Rule, "The army freed 30 prisoners and 12 patients travelled abroad for treatment.", "12");
        Assert.Equal(Metric.Other, run.Phrase.Previous?.Metric);
    }

    [Fact]
    public void A_count_not_joined_by_and_keeps_its_own_fate()
    {
        var run = CountPhraseRun.Of(CoordinatedLateFate.Rule, "On Tuesday, 71 patients waited; 118 caregivers travelled to the Emirates for care.", "118");
        Assert.NotEqual(Metric.Evacuated, run.Phrase.Previous?.Metric);
    }
}
