using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli strikes on Lebanon kill 76 people since Monday: Lebanese health ministry" over a lede whose "Lebanese
/// officials announced" credits the same 76 to the government: a headline that names a ministry after its colon keeps
/// it, and does not give way (<see cref="HeadingSource"/>) to the body's looser word for the same state. The headline
/// is the more exact of the two, as the next paragraph's "the health ministry said" shows (Unseen56
/// lbci-afp-lebanon-strikes-76-killed-since-monday). Only a ministry over its own country's non-ministry body; a
/// short name over a fuller one ("…: UN" over the UN's migration agency) still gives way. Its cases are in
/// HeadlinesNamedMinistryTests.
/// </summary>
internal static class HeadlinesNamedMinistry
{
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");

    /// <summary>Whether the heading keeps its own speaker over the body claim's.</summary>
    public static bool Keeps(ClaimDraft heading, ClaimDraft body) =>
        heading.Source is { Country: { } country } own && body.Source is { } other && other.Country == country && other != own
        && NamesMinistry(heading.SourceMention) && !NamesMinistry(other.Name);

    private static bool NamesMinistry(string? words)
    {
        if (words is null)
        {
            return false;
        }
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Ministries.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }
}
