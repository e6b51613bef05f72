namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Palestinians say Israeli fire kills 14 near aid sites. Israel says it fired warning shots": a people named by its
/// plural ("Palestinians", "Israelis", "Ukrainians") as a headline's speaker is the people, not its ruling body; read as
/// the country's voice it went to the state's government (Hamas for Gaza), which no gold gives (Unseen49 latimes-gaza
/// accepts the health ministry the lede names, or no source). The headline's figure takes the speaker of the body's
/// claim of the same value and metric (as <see cref="HeadingSource"/> lends it), or none. A headline of two sentences
/// ends its first with a full stop, so the line, not the sentence, is read as the headline. The plural is the
/// nationality's own word with an "s" (nationalities.json), so no list is kept here. Golden cases:
/// a_peoples_plural_in_a_headline_is_no_government, a_peoples_plural_without_the_figure_below_gives_no_source.
/// </summary>
internal static class PeoplesPlural
{
    /// <summary>Gives each headline figure spoken by a people's plural the body's speaker of the same figure, or none.</summary>
    public static void Credit(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        foreach (var heading in drafts)
        {
            if (!Is(heading.SourceMention) || !OnHeadlineLine(text, sentences, heading.Sentence))
            {
                continue;
            }
            var body = HeadingSource.BodyClaim(text, sentences, drafts, heading);
            heading.Source = body?.Source;
            heading.SourceMention = body?.SourceMention;
            heading.Attribution = body?.Source is null ? Attribution.None : Attribution.Inherited;
        }
    }

    /// <summary>Whether the words are one people's plural and nothing more ("Palestinians", not "Israel" or "Palestinian officials").</summary>
    public static bool Is(string? words)
    {
        var word = words?.Trim();
        return word is { Length: > 2 } && word[^1] == 's' && !word.Contains(' ')
            && Nationality.OfPhrase(word) is { } people && Nationality.OfPhrase(word[..^1]) is { } singular
            && singular.Country == people.Country && singular.Adjective.Equals(word[..^1], StringComparison.Ordinal);
    }

    // The last sentence of the line reads as a headline (no closing punctuation), and the line is the article's first.
    private static bool OnHeadlineLine(string text, List<Sentence> sentences, int si)
    {
        var last = si;
        while (last + 1 < sentences.Count && sentences[last + 1].Line == sentences[si].Line)
        {
            last++;
        }
        return sentences[si].Line == sentences[0].Line && RepeatedClaims.ReadsAsHeadline(text, sentences[last]);
    }
}
