using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's military said … “…around 1,100 casualties,” the JCS said", "Seoul's military said … The Joint Chiefs of
/// Staff said": wire copy names a body first by a description and then by its own name with no owner, which the
/// registry holds only with the owner ("South Korea's Joint Chiefs of Staff"). The body's own names are its registered
/// aliases written "Owner's Name" whose name part is a proper name of three capitalised words or more, so "Gaza's Health
/// Ministry" gives nothing (too short to be a name of its own). Read by <see cref="BodysInitials"/> only after the body
/// was named in the article. Branch source61 (scratch from the JCS's 1,100-casualty statement as relayed); golden cases:
/// the_jcs_after_south_koreas_military, the_joint_chiefs_of_another_country_stay_their_own.
/// </summary>
internal static class BodysOwnName
{
    private static readonly WordSet Joiners = WordLists.Set("initialsJoiners");
    private static readonly Dictionary<SourceDefinition, string[]> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>The body's own names without their owner, longest first; empty for most bodies.</summary>
    public static string[] Of(SourceDefinition source)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(source, out var names))
            {
                names = [.. source.Aliases.Select(NameAfterOwner).OfType<string>().Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];
                Cache[source] = names;
            }
            return names;
        }
    }

    private static string? NameAfterOwner(string alias)
    {
        var owner = Math.Max(alias.IndexOf("'s ", StringComparison.Ordinal), alias.IndexOf("\u2019s ", StringComparison.Ordinal));
        if (owner < 0)
        {
            return null;
        }
        var name = alias[(owner + 3)..];
        var capitals = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Joiners.Contains(word))
            {
                continue;
            }
            if (!char.IsUpper(word[0]))
            {
                return null;
            }
            capitals++;
        }
        return capitals >= 3 ? name : null;
    }
}
