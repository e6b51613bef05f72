namespace ClaimTracker.Core.Claims;

/// <summary>
/// People pushed from one part of a territory to another are displaced: "one million people had been pushed from the
/// north to the south of the Strip in three weeks" (UNRWA's commissioner-general, Unseen53 yalibnan-unrwa), "1,100
/// people were pushed from Khan Younis to Rafah". A push verb (metrics.json <c>pushMoveVerbs</c>) is a displacement only
/// with "from" right after it and "to" a few words on, the two ends of a move; "pushed back from the border" or "pushed
/// forward" (a front line, a force) has neither. Read by <see cref="MetricWord"/>. Golden cases: pushed_from_north_to_south,
/// pushed_back_is_no_flight.
/// </summary>
internal static class PushedBetween
{
    private const int Reach = 6;

    private static readonly WordSet PushMoveVerbs = WordLists.Set("pushMoveVerbs");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!PushMoveVerbs.Contains(w) || !reader.Is(i + 1, "from"))
        {
            return false;
        }
        for (var j = i + 3; j < reader.Tokens.Count && j <= i + 1 + Reach; j++)
        {
            if (reader.Is(j, "to"))
            {
                return true;
            }
            // The move ends at a sentence mark or a comma.
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
        }
        return false;
    }
}
