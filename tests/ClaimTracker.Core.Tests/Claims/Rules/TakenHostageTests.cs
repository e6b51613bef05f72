using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TakenHostageTests
{
    [Theory]
    [InlineData("The raiders killed nine villagers and took 14 hostage before dawn.", "14")]
    [InlineData("The militia was still holding 30 captive in the hills, the mayor said.", "30")]
    [InlineData("Rebels stormed the outpost, taking 12 prisoner.", "12")]
    public void The_state_after_the_count_is_its_noun(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenHostage.Rule, text, number);
        Assert.True(run.Phrase.Noun > run.Phrase.Last);
    }

    [Fact]
    public void The_count_reads_as_hostages_held()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The raiders killed nine villagers and took 14 hostage before dawn.", "14");
        Assert.Equal(Metric.Captured, run.Draft.Metric);
        Assert.Equal("hostages", run.Draft.Noun);
    }

    [Theory]
    [InlineData("The raiders took 14 hostage families to the forest.", "14")]
    [InlineData("The talks reached 14 hostage deals in a year.", "14")]
    public void Leaves_a_state_word_that_describes_a_noun_or_follows_no_taking(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenHostage.Rule, text, number);
        Assert.True(run.Phrase.Noun < 0 || run.Phrase.Noun > run.Phrase.Last + 1);
    }
}
