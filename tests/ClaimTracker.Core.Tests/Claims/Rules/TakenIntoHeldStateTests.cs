using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TakenIntoHeldStateTests
{
    [Theory]
    [InlineData("About 1,200 people were killed and 251 taken hostage, according to Israeli tallies.", "251")]
    [InlineData("At least 40 people were wounded and 12 held captive in the raid.", "12")]
    [InlineData("Some 300 were killed and 90 taken prisoner near Kosti.", "90")]
    public void The_state_after_the_participle_is_its_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenIntoHeldState.Rule, text, number);
        Assert.Equal(run.Phrase.Last + 2, run.Phrase.Noun);
    }

    [Fact]
    public void The_count_reads_as_hostages_held()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "About 1,200 people were killed and 251 taken hostage, according to Israeli tallies.", "251");
        Assert.Equal(Metric.Captured, run.Draft.Metric);
        Assert.Equal("hostages", run.Draft.Noun);
    }

    [Theory]
    [InlineData("At least 40 people were wounded and 12 taken to hospital.", "12")]
    [InlineData("Gunmen freed 20 and 12 held hostage families were moved.", "12")]
    public void Leaves_a_participle_without_a_state_or_a_state_before_a_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenIntoHeldState.Rule, text, number);
        Assert.NotEqual(run.Phrase.Last + 2, run.Phrase.Noun);
    }
}
