namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ministry spokesman Yusuf Mansour told a news conference", "agency spokesman Hatem Salloum said": a body's noun, a
/// title and a name the registry does not know. The person speaks for the body the noun points back to, found as "the
/// ministry" would be. Golden case: titled_spokesman_names_the_body.
/// </summary>
internal static class TitledSpeaker
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Titles = WordLists.Set("appositionTitles");

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
        if (next < 0 || !Owners.Contains(owner) || !Titles.Contains(rest[..next]) || !char.IsUpper(rest[(next + 1)..].TrimStart()[0]))
        {
            return null;
        }
        return "the " + owner.ToString().ToLowerInvariant();
    }
}
