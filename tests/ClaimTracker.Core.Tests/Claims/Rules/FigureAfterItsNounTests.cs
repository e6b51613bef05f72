using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FigureAfterItsNoun"/>, read through <see cref="BareCount"/>.</summary>
public sealed class FigureAfterItsNounTests
{
    [Theory]
    [InlineData("The dead included civilians (23) and soldiers (4).", "23", "civilians")]
    [InlineData("Among the casualties were children (6), he said.", "6", "children")]
    [InlineData("The wounded — 112 — were taken to three hospitals.", "112", "people")]
    [InlineData("Its dead – 19 – were buried on Friday.", "19", "people")]
    public void A_figure_in_brackets_or_dashes_counts_the_people_just_named(string text, string number, string noun)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal(noun, run.Draft.Noun);
    }

    [Fact]
    public void A_joined_noun_shares_the_fate_of_the_count_before()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The dead included civilians (23) and soldiers (4).", "4");
        Assert.True(run.Kept);
        Assert.Equal(Metric.Killed, run.Phrase.NamedMetric);
    }

    [Theory]
    [InlineData("The market's stalls (40) burned down.", "40")]
    [InlineData("The Dougui site (31,000) is full.", "31,000")]
    [InlineData("The stalls — 40 — burned down.", "40")]
    public void A_figure_after_a_thing_counts_nobody(string text, string number)
    {
        Assert.False(CountPhraseRun.Of(BareCount.Rule, text, number).Kept);
    }
}
