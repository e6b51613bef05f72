using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CasesOfTests
{
    [Theory]
    [InlineData("The commission said it had documented 41 cases of unlawful killings since March.", "41", Metric.Killed)]
    [InlineData("Lawyers listed 65 cases of enforced disappearance in the province.", "65", Metric.Missing)]
    public void Cases_of_a_metric_noun_count_the_people_it_happened_to(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
        Assert.Equal(metric, run.Phrase.NamedMetric);
    }

    [Fact]
    public void Cases_of_a_disease_name_no_fate_and_count_the_ill()
    {
        // No fate of CasesOf's; DiseaseCases reads the people who fell ill (the gold conventions' "other").
        var run = CountPhraseRun.Of(BareCount.Rule, "Health officials reported 230 cases of cholera in the camps.", "230");
        Assert.True(run.Kept);
        Assert.Equal(Metric.Other, run.Phrase.NamedMetric);
    }
}
