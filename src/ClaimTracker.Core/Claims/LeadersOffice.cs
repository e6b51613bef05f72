namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Three Hamas fighters were killed, David Mencer, a spokesman for the prime minister's office, told reporters"
/// (Unseen37 washingtonpost-mawasi-tent-camp-strike-toll), "…, the Prime Minister's Office said" (Unseen9
/// times-of-israel-gaza-hostages): the office of a head of government names no country, and speaks for the story's
/// government as "the government" would (the golds credit the Israeli government). Written with "prime" the phrase is
/// one word too long for a pointing-back name, so it stayed nobody's while "the president's office" was resolved. Only
/// an office of a leader's title (attribution.json <c>leaderOfficeTitles</c>), possessive or "the office of the …",
/// and a leader's adjective before "office" (<c>leaderOfficeAdjectives</c>); "a spokesman for …" before it is that
/// office's voice. The body is the dateline's government only (AnaphorResolver.LeadersGovernment). Golden cases:
/// a_spokesman_for_the_prime_ministers_office, the_prime_ministers_office_under_beirut,
/// a_leaders_office_under_jerusalem_is_no_gaza_body.
/// </summary>
internal static class LeadersOffice
{
    private static readonly string[] Offices = [.. OfficePhrases()];

    /// <summary>"the government" when the words end on a leader's office, else null.</summary>
    public static string? Owner(string words)
    {
        var plain = words.Trim().TrimEnd('.').Replace('’', '\'').ToLowerInvariant();
        if (!(plain.StartsWith("the ", StringComparison.Ordinal) || plain.StartsWith("a ", StringComparison.Ordinal) || plain.StartsWith("an ", StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var office in Offices)
        {
            if (plain.EndsWith(office, StringComparison.Ordinal))
            {
                return "the government";
            }
        }
        return null;
    }

    // "the prime minister's office", "the office of the prime minister", "the presidential office".
    private static IEnumerable<string> OfficePhrases()
    {
        foreach (var title in WordLists.Set("leaderOfficeTitles").Words)
        {
            yield return $"the {title.ToLowerInvariant()}'s office";
            yield return $"the office of the {title.ToLowerInvariant()}";
        }
        foreach (var adjective in WordLists.Set("leaderOfficeAdjectives").Words)
        {
            yield return $"the {adjective.ToLowerInvariant()} office";
        }
    }
}
