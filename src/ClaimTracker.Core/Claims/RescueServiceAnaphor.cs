using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Elsewhere in the territory, the civil defence said …" after "The Israeli military said …": an anaphor that names a
/// rescue service by its kind (people.json <c>rescueServices</c>: "civil defence", "civil protection") is only a body
/// whose own names say so, never the army that shares its head word ("Israel Defence Forces"); the story's service is
/// then found by its place. Before, the bare "the civil defence" named the IDF by "defence" alone (Unseen56
/// france24-gaza-aid-points-civil-defence-31-killed; Unseen54's bare "the civil defence agency"). Golden cases:
/// the_bare_civil_defence_after_the_army_is_gazas, the_civil_defence_named_after_the_army_is_not_the_army (control).
/// </summary>
internal static class RescueServiceAnaphor
{
    /// <summary>Whether the anaphor names a rescue service that <paramref name="source"/> is not.</summary>
    public static bool Misses(string attributorText, SourceDefinition source)
    {
        if (!RescueServiceMembers.NamesAService(attributorText))
        {
            return false;
        }
        if (RescueServiceMembers.NamesAService(source.Name) || RescueServiceMembers.NamesAService(source.FullName))
        {
            return false;
        }
        foreach (var alias in source.Aliases)
        {
            if (RescueServiceMembers.NamesAService(alias))
            {
                return false;
            }
        }
        return true;
    }
}
