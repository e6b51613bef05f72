namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Health ministry says 81 Palestinians killed" (a live page's key point), "…: health ministry" (a headline's
/// speaker): headline language drops the article, so a ministry described by its portfolio alone names no body of its
/// own and is read as "the health ministry" would be, by the anaphor rules (the story's place). Only one or two
/// portfolio words (attribution.json <c>bodyWords</c>) before a ministry word (<c>ministryWords</c>); a lone
/// "ministry says" under a live entry's heading is left to the body it repeats (Unseen17 dw-lebanon-paramedics-live). Golden cases:
/// bare_ministry_under_a_headline_placed_in_gaza, headline_names_its_speaker_after_a_colon.
/// </summary>
internal static class BareMinistry
{
    private static readonly WordSet Portfolios = WordLists.Set("bodyWords");
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");
    private const int MaxWords = 3;

    /// <summary>"the health ministry" for "Health ministry", or null when the words are not a bare ministry.</summary>
    public static string? AsAnaphor(string words)
    {
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > MaxWords || !Ministries.Contains(parts[^1].ToLowerInvariant()))
        {
            return null;
        }
        for (var k = 0; k < parts.Length - 1; k++)
        {
            if (!Portfolios.Contains(parts[k].ToLowerInvariant()))
            {
                return null;
            }
        }
        return "the " + string.Join(' ', parts).ToLowerInvariant();
    }
}
