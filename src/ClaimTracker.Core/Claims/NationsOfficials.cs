using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Palestinian officials say an Israeli strike … has killed 18", "…, Palestinian medical officials said": officials
/// named by their nation are that nation's civil voice (its ministry, its hospitals, or nobody the registry knows),
/// never an armed group that happens to share the country code and an alias ending in the same head ("Hamas
/// officials"). Before, the country's registry search took Hamas for both rows of Unseen66 ap-nuseirat-shuhada, whose
/// gold accepts nobody, Al-Awda Hospital or the Gaza Health Ministry. The groups are listed by name (speakers.json
/// nonStateArmedGroups); a state's army keeps its reading ("Israeli military officials" stay the IDF). Only an anaphor
/// whose own words carry a nationality: a bare "officials said" after "Hamas said" is the anaphor resolver's ordinary case.
/// Tested by NationsOfficialsTests.A_nations_officials_are_no_armed_group.
/// </summary>
internal static class NationsOfficials
{
    private static readonly WordSet Groups = WordLists.Set("nonStateArmedGroups");

    /// <summary>Whether <paramref name="anaphorText"/>, carrying a nationality, would wrongly stand for the armed group <paramref name="source"/>.</summary>
    public static bool ExcludeGroup(string anaphorText, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(anaphorText);
        ArgumentNullException.ThrowIfNull(source);
        if (!Groups.Contains(source.Name))
        {
            return false;
        }
        foreach (var range in anaphorText.AsSpan().Split(' '))
        {
            var word = anaphorText.AsSpan()[range];
            if (Nationality.Names(word) && !word.Equals(source.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
