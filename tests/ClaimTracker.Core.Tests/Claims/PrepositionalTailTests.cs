using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PrepositionalTailTests
{
    private static Attributor Speaker(string words, SourceDefinition? source = null) => new(0, words.Length, words, source, AttributorCue.Verb, 0);

    [Theory]
    [InlineData("of Tine", true)]
    [InlineData("on news", true)]
    [InlineData("in August", true)]
    [InlineData("the network", false)]
    [InlineData("officials", false)]
    [InlineData("In", false)]
    public void A_speaker_opening_on_a_preposition_is_a_phrases_tail(string words, bool expected) =>
        Assert.Equal(expected, PrepositionalTail.IsTail(Speaker(words)));

    [Fact]
    public void A_tail_gives_way_to_the_sentences_other_speaker()
    {
        const string Text = "the network said that survivors in the area of Tine revealed";
        var found = new List<Attributor> { Speaker("the network"), new(Text.IndexOf("of Tine", StringComparison.Ordinal), Text.Length, "of Tine", null, AttributorCue.Verb, 0) };
        PrepositionalTail.Drop(Text, found);
        Assert.Equal(["the network"], found.Select(a => a.Text));
    }

    [Fact]
    public void A_tail_after_a_speakers_word_stays()
    {
        // "An official put the number at …, while other reports from Seoul suggested": cut short, not wrong.
        const string Text = "An official put it, while other reports from Seoul suggested";
        var found = new List<Attributor> { Speaker("An official"), new(Text.IndexOf("from Seoul", StringComparison.Ordinal), Text.Length, "from Seoul", null, AttributorCue.Verb, 0) };
        PrepositionalTail.Drop(Text, found);
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void A_tail_that_is_the_only_speaker_stays()
    {
        // "A woman from the village said": nothing else names the speaker.
        var found = new List<Attributor> { Speaker("from the village") };
        PrepositionalTail.Drop("from the village", found);
        Assert.Single(found);
    }

    [Fact]
    public void A_tail_naming_a_registered_body_stays()
    {
        var who = SourceRegistry.Default.Sources.First(s => s.Name == "WHO");
        var found = new List<Attributor> { Speaker("the agency"), Speaker("by the World Health Organization", who) };
        PrepositionalTail.Drop("the agency by the World Health Organization", found);
        Assert.Equal(2, found.Count);
    }
}
