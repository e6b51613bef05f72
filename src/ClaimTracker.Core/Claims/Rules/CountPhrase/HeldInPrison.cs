namespace ClaimTracker.Core.Claims;

/// <summary>
/// People held in prisons are detained: "about 6,900 Palestinians are held in Israeli prisons", "kept in jails run by
/// the RSF", "locked in cells" (prisoners' groups and UN updates). A holding verb (metrics.json prisonVerbs) with a
/// prison word (prisonPlaces) up to four words after it; hostages "still held in Gaza" stay captured, as the gold reads
/// them. Active, the count between: "had held more than 11,000 people in about 40 detention sites" (detention is a
/// place too). Read by <see cref="MetricWord"/>. Golden cases: held_in_prisons_is_detained, held_in_detention_sites_is_detained.
/// </summary>
internal static class HeldInPrison
{
    private static readonly WordSet Verbs = WordLists.Set("prisonVerbs");
    private static readonly WordSet Places = WordLists.Set("prisonPlaces");

    // From the verb past a hedged count, its noun and "in" to the place: "held more than 11,000 people in about 40 detention sites".
    private const int ActiveReach = 12;

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
        return HeldCountIn(reader, i);
    }

    // "the RSF had held more than 11,000 people in about 40 detention sites": the active verb, its count, then "in" and
    // the place, a count of the sites allowed between.
    private static bool HeldCountIn(PeopleCountReader reader, int i)
    {
        var counted = false;
        var inAt = -1;
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + ActiveReach; j++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                if (reader.Text[reader.Tokens[j].Start] != ',')
                {
                    return false;
                }
                continue;
            }
            if (reader.IsNumberToken(j))
            {
                counted |= inAt < 0;
            }
            else if (inAt < 0 && reader.Is(j, "in"))
            {
                inAt = j;
            }
            else if (inAt >= 0 && Places.Contains(reader.Word(j)))
            {
                return counted;
            }
        }
        return false;
    }
}
