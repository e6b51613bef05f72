using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Each sentence's attributors — its frames (<see cref="AttributionFinder"/>), else a headline's speaker after its colon
/// (<see cref="HeadlineColonSpeaker"/>) — worked out only when first asked for and kept. The speaker finder ran on every
/// sentence (~12 % of the extractor's CPU, issue 10 item 4), but what it finds is read only by the sentence's own counts,
/// by the passes that credit the claims (each reaching at most <see cref="ReadAhead"/> sentences past a claim's), and by
/// the registered bodies a country's generic speaker may stand for (<c>ClaimExtractor.ResolveByCountry</c>, which asks for
/// the rest when a sentence it reads has no such body before or after it): an article with no claim needs none past its
/// counted sentences, and one with claims none after its last claim's reach. A sentence's answer depends on the text,
/// the sentence's tokens and the article's mentions only, so when it is asked for cannot change it.
/// </summary>
internal sealed class SentenceAttributors(string text, List<Sentence> sentences, ArticleTokens articleTokens, Func<IReadOnlyList<SourceMention>> mentions)
{
    /// <summary>
    /// How far past a claim's sentence the passes after reading read attributors: a quotation closing up to four sentences
    /// on (<c>ClaimExtractor.QuoteEnds</c>), the frame closing an event (<see cref="ContinuedEventSpeaker.SentencesAhead"/>),
    /// an opening figure's look ahead (<c>ClaimExtractor.LookAheadSentences</c>), a source note or crediting sentence
    /// right after (<see cref="SourceNote"/>, <see cref="CountCreditedAfter"/>).
    /// </summary>
    public const int ReadAhead = 4;

    private readonly List<Attributor>?[] all = new List<Attributor>?[sentences.Count];
    private readonly bool[] worked = new bool[sentences.Count];
    private readonly List<Token> tokens = [];
    private readonly List<Attributor> found = [];

    /// <summary>Every sentence's attributors as far as worked out (null for none, and for a sentence not asked about).</summary>
    public List<Attributor>?[] All => all;

    /// <summary>Sentence <paramref name="si"/>'s attributors, or null; <paramref name="sentenceTokens"/> are its tokens.</summary>
    public List<Attributor>? Of(int si, List<Token> sentenceTokens)
    {
        if (!worked[si])
        {
            worked[si] = true;
            AttributionFinder.Find(text, sentenceTokens, mentions(), found);
            HeadlineColonSpeaker.Read(text, sentences[si], sentenceTokens, mentions(), found);
            HeadlineLabelSpeaker.Read(text, sentences[si], sentenceTokens, mentions(), found);
            TurnSpeaker.Read(text, sentences[si], sentenceTokens, mentions(), found);
            PrepositionalTail.Drop(text, found);
            all[si] = found.Count > 0 ? [.. found] : null;
        }
        return all[si];
    }

    /// <summary>Works out every sentence up to <paramref name="last"/> not asked about yet; returns <see cref="All"/>.</summary>
    public List<Attributor>?[] Through(int last)
    {
        for (var si = 0; si <= last && si < all.Length; si++)
        {
            if (!worked[si])
            {
                articleTokens.CopyInto(sentences[si].Start, sentences[si].End, tokens);
                Of(si, tokens);
            }
        }
        return all;
    }
}
