namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Gaza Humanitarian Response Update | 17 September 2025", "Lebanon: Flash Update No. 12": a UN or NGO document carries
/// no dateline, but its title opens with the place it reports on, and "the Ministry of Health" it cites with no body
/// named before is that place's, as a dateline's country would make it (Unseen17 ocha-gaza-city-displacement-update).
/// Only a title opening with the place's own name (not a people's adjective: "Israeli strikes on Gaza" names who acted)
/// right before a colon, a bar or a dash, or a title that calls itself a document (attribution.json
/// <c>documentTitleWords</c>: update, report, bulletin). Golden cases: document_title_names_the_ministrys_place,
/// colon_title_names_the_ministrys_place, headline_opening_with_a_country_is_no_document_title.
/// </summary>
internal static class TitlePlace
{
    private const int TitleChars = 120;
    private static readonly WordSet DocumentWords = WordLists.Set("documentTitleWords");

    /// <summary>The country of the place the document's title opens with, or null.</summary>
    public static string? Of(string text, List<Sentence> sentences)
    {
        if (sentences.Find(s => !s.IsFurniture) is not { } title)
        {
            return null;
        }
        var tokens = new List<Token>();
        Token.Split(text, title.Start, Math.Min(title.End, title.Start + TitleChars), tokens);
        if (Nationality.At(text, tokens, 0) is not var (place, count)
            || text.AsSpan(tokens[0].Start, tokens[count - 1].End - tokens[0].Start).Equals(place.Adjective, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var separated = count < tokens.Count && !tokens[count].IsWord && text[tokens[count].Start] is ':' or '|' or '-' or '–' or '—';
        return separated || tokens.Exists(t => t.IsWord && DocumentWords.Contains(text.AsSpan(t.Start, t.End - t.Start))) ? place.Country : null;
    }
}
