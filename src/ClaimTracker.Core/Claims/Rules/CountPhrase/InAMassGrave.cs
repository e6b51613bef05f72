namespace ClaimTracker.Core.Claims;

/// <summary>
/// People found in a mass grave are dead: "at least 19 Ukrainian servicemen were found in a mass grave", "exhumed from
/// a shallow grave", "buried in common graves" (prosecutors' and governors' statements from Izium, Darfur's burial
/// sites). A grave word after a grave modifier (metrics.json graveWords, graveModifiers), so "a grave situation" and
/// "in grave danger" name no death. Read by <see cref="MetricWord"/>. Golden case: found_in_a_mass_grave.
/// </summary>
internal static class InAMassGrave
{
    private static readonly WordSet GraveWords = WordLists.Set("graveWords");
    private static readonly WordSet GraveModifiers = WordLists.Set("graveModifiers");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        GraveWords.Contains(w) && reader.IsIn(i - 1, GraveModifiers);
}
