namespace ClaimTracker.Core.Claims;

/// <summary>
/// People held in prisons are detained: "about 6,900 Palestinians are held in Israeli prisons", "kept in jails run by
/// the RSF", "locked in cells" (prisoners' groups and UN updates). A holding verb (metrics.json prisonVerbs) with a
/// prison word (prisonPlaces) up to four words after it; hostages "still held in Gaza" stay captured, as the gold reads
/// them. Read by <see cref="MetricWord"/>. Golden case: held_in_prisons_is_detained.
/// </summary>
internal static class HeldInPrison
{
    private static readonly WordSet Verbs = WordLists.Set("prisonVerbs");
    private static readonly WordSet Places = WordLists.Set("prisonPlaces");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Verbs.Contains(w))
        {
            return false;
        }
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + 4; j++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            if (Places.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }
}
