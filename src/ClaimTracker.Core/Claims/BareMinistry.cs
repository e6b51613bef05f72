namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Health ministry says 81 Palestinians killed" (a live page's key point), "…: health ministry" (a headline's
/// speaker): headline language drops the article, so a ministry described by its portfolio alone names no body of its
/// own and is read as "the health ministry" would be, by the anaphor rules (the story's place). Only one or two
/// portfolio words (attribution.json <c>bodyWords</c>) before a ministry word (<c>ministryWords</c>); a lone
/// "ministry says" under a live entry's heading is left to the body it repeats (Unseen17 dw-lebanon-paramedics-live). Golden cases:
/// bare_ministry_under_a_headline_placed_in_gaza, headline_names_its_speaker_after_a_colon. A country's word before it
/// ("…: Lebanese ministry", Unseen15 anadolu-beirut-dahiyeh-strike) is read the same way: before, the words named no
/// body and the body named next (a "Hezbollah confirms …" subheading) took the headline (branch source47; its case in BareMinistryTests:
/// a_countrys_ministry_in_a_headline_takes_the_bodys_ministry).
/// </summary>
internal static class BareMinistry
{
    private static readonly WordSet Portfolios = WordLists.Set("bodyWords");
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");
    private const int MaxWords = 3;

    /// <summary>"the health ministry" for "Health ministry", or null when the words are not a bare ministry.</summary>
    public static string? AsAnaphor(string words)
    {
        if (!MayEndOnAMinistry(words))
        {
            return null;
        }
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "…: Lebanese ministry": a country's word before the portfolio keeps its case, so the anaphor rules read the country.
        var country = parts.Length >= 2 && Nationality.OfPhrase(parts[0]) is not null ? 1 : 0;
        if (parts.Length - country is < 1 or > MaxWords || parts.Length < 2 || !Ministries.Contains(parts[^1].ToLowerInvariant()))
        {
            return null;
        }
        for (var k = country; k < parts.Length - 1; k++)
        {
            if (!Portfolios.Contains(parts[k].ToLowerInvariant()))
            {
                return null;
            }
        }
        var bare = string.Join(' ', parts[country..]).ToLowerInvariant();
        return country == 1 ? $"the {parts[0]} {bare}" : "the " + bare;
    }

    // Asked of every unresolved speaker: the last word read in place turns away, before the split, words of one part or
    // ending on no ministry word. Only an ASCII word is judged so: for it the set's case-insensitive look-up and the
    // lowering the check below makes agree; any other goes on to the check as before.
    private static bool MayEndOnAMinistry(string words)
    {
        var trimmed = words.AsSpan().Trim();
        var space = trimmed.LastIndexOf(' ');
        var last = trimmed[(space + 1)..];
        return space >= 0 && (!System.Text.Ascii.IsValid(last) || Ministries.Contains(last));
    }
}
