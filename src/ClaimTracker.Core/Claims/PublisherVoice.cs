using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UNRWA Situation Report #93 on the situation in the Gaza Strip": a document whose headline names a UN agency or an
/// aid group together with the kind of document it issues (attribution.json publisherDocuments) is that body's own
/// report, so a figure it states with no attribution is the body's, not a speaker's carried from an earlier entry nor
/// nobody's. Figures it relays ("according to the Ministry of Health") keep the speaker they name. Golden case:
/// situation_report_speaks_in_its_own_voice.
/// </summary>
internal static class PublisherVoice
{
    private static readonly WordSet Documents = WordLists.Set("publisherDocuments");

    /// <summary>The publishing body as an attributor (at its mention in the first line), or null for an outlet's report.</summary>
    public static Attributor? Of(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions)
    {
        if (sentences.Count == 0)
        {
            return null;
        }
        // The first line, whether or not it reads as a heading: a report's title can be a long sentence-case line.
        var headline = text.AsSpan(sentences[0].Start, sentences[0].End - sentences[0].Start);
        if (!NamesADocument(headline))
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Start >= sentences[0].End)
            {
                break;
            }
            if (mention.Source is { Kind: SourceKind.InternationalOrganisation or SourceKind.Ngo })
            {
                return new Attributor(mention.Start, mention.End, mention.Text, mention.Source, AttributorCue.Verb, mention.End);
            }
        }
        return null;
    }

    private static bool NamesADocument(ReadOnlySpan<char> headline)
    {
        foreach (var kind in Documents.Words)
        {
            if (headline.Contains(kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
