namespace ClaimTracker.Core.Claims;

/// <summary>
/// A death from wounds: "14 civilians succumbed to their wounds", "two of the injured later died of their wounds". The
/// wound word after a death verb and "of"/"from"/"to" (metrics.json causeLeads) names the cause of the death, not a
/// second loss, so the count is of the dead, not of the killed and wounded; and a count of the wounded whose verb is a
/// death verb (metrics.json deathVerbs) counts the dead. Golden case: died_of_their_wounds.
/// </summary>
internal static class DiedOfWounds
{
    private static readonly WordSet DeathVerbs = WordLists.Set("deathVerbs");
    private static readonly WordSet CauseLeads = WordLists.Set("causeLeads");
    private static readonly WordSet Possessives = WordLists.Set("possessives");

    /// <summary>The wound word at <paramref name="i"/> is the cause of a death named just before it.</summary>
    public static bool IsCause(PeopleCountReader reader, int i)
    {
        var k = i - 1;
        if (k >= 0 && reader.Tokens[k].IsWord && (Possessives.Contains(reader.Word(k)) || reader.Is(k, "the")))
        {
            k--;
        }
        return k >= 1 && reader.IsIn(k, CauseLeads)
            && reader.IsIn(k - 1, DeathVerbs);
    }

    /// <summary>A death verb within the first few words after the count's noun phrase ("of the wounded later succumbed").</summary>
    public static bool Follows(PeopleCountReader reader, int afterCount, int right)
    {
        for (var i = afterCount; i < right && i < afterCount + 4; i++)
        {
            if (reader.IsIn(i, DeathVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
