using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public class SentenceAttributorsTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    [Fact]
    public void A_sentence_gets_the_same_attributors_whatever_order_the_sentences_are_asked_in()
    {
        // The extractor asks for a counted sentence's attributors while it reads, and for the others only afterwards:
        // the answer must not depend on which sentences were asked before (the finder's scratch list is shared).
        var compared = 0;
        foreach (var text in AliasWordsTests.TestTexts().Where((_, k) => k % 3 == 0))
        {
            var sentences = SentenceSplitter.Split(text);
            using var article = ArticleTokens.Of(text);
            var mentions = Registry.FindMentions(text);
            var forward = new SentenceAttributors(text, sentences, article, () => mentions).Through(sentences.Count - 1);
            var backward = new SentenceAttributors(text, sentences, article, () => mentions);
            var tokens = new List<Token>();
            for (var si = sentences.Count - 1; si >= 0; si--)
            {
                article.CopyInto(sentences[si].Start, sentences[si].End, tokens);
                var asked = backward.Of(si, tokens);
                Assert.Equal(forward[si] is null, asked is null);
                Assert.True(forward[si] is null || forward[si]!.SequenceEqual(asked!), $"Sentence {si} of a text differs.");
                compared += asked?.Count ?? 0;
            }
        }
        Assert.True(compared > 1_000, $"Only {compared} attributors compared.");
    }

    [Fact]
    public void Sentences_past_the_last_asked_for_are_not_worked_out()
    {
        const string text = "The ministry said 40 people were killed. Officials said 12 were wounded. The army said 3 soldiers died.";
        var sentences = SentenceSplitter.Split(text);
        using var article = ArticleTokens.Of(text);
        var asked = 0;
        var attributors = new SentenceAttributors(text, sentences, article, () => { asked++; return Registry.FindMentions(text); });
        Assert.Equal(0, asked);
        var all = attributors.Through(1);
        Assert.NotNull(all[0]);
        Assert.NotNull(all[1]);
        Assert.Null(all[2]);
        Assert.Same(all, attributors.Through(2));
        Assert.NotNull(all[2]);
    }

    [Fact]
    public void A_sentence_is_worked_out_once()
    {
        const string text = "The ministry said 40 people were killed.";
        var sentences = SentenceSplitter.Split(text);
        using var article = ArticleTokens.Of(text);
        var attributors = new SentenceAttributors(text, sentences, article, () => Registry.FindMentions(text));
        var first = attributors.Through(0)[0];
        Assert.Same(first, attributors.Of(0, []));
        Assert.Same(first, attributors.Through(0)[0]);
    }

    [Fact]
    public void The_read_ahead_reaches_as_far_as_every_pass_that_reads_a_later_sentences_speaker()
    {
        Assert.True(SentenceAttributors.ReadAhead >= ClaimExtractor.QuoteReach);
        Assert.True(SentenceAttributors.ReadAhead >= ClaimExtractor.LookAheadSentences);
        Assert.True(SentenceAttributors.ReadAhead >= ContinuedEventSpeaker.SentencesAhead);
    }
}
