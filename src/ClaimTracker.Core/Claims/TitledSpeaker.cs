namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ministry spokesman Yusuf Mansour told a news conference", "agency spokesman Hatem Salloum said": a body's noun, a
/// title and a name the registry does not know. The person speaks for the body the noun points back to, found as "the
/// ministry" would be; "Health Minister NAME" speaks for the health ministry. Golden cases: titled_spokesman_names_the_body,
/// health_minister_named_is_the_ministry.
/// </summary>
internal static class TitledSpeaker
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Titles = WordLists.Set("appositionTitles");
    private static readonly WordSet BodyWords = WordLists.Set("bodyWords");

    /// <summary>"the ministry" for "Ministry spokesman Yusuf Mansour", or null when the words do not open with a body's noun and a title.</summary>
    public static string? Owner(string words)
    {
        var span = words.AsSpan().Trim();
        var space = span.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }
        var owner = span[..space];
        var rest = span[(space + 1)..].TrimStart();
        var next = rest.IndexOf(' ');
        // A name must follow the title: "ministry spokesman" alone is already an anaphor the resolver reads.
        if (next < 0 || !Titles.Contains(rest[..next]) || !char.IsUpper(rest[(next + 1)..].TrimStart()[0]))
        {
            return null;
        }
        // "Health Minister Karim Saade told": a minister of a kind speaks for that ministry (Golden case: health_minister_named_is_the_ministry).
        if (BodyWords.Contains(owner) && rest[..next].Equals("minister", StringComparison.OrdinalIgnoreCase))
        {
            return "the " + owner.ToString().ToLowerInvariant() + " ministry";
        }
        return Owners.Contains(owner) ? "the " + owner.ToString().ToLowerInvariant() : null;
    }
}
