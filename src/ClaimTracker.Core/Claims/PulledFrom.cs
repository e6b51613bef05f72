namespace ClaimTracker.Core.Claims;

/// <summary>
/// People pulled alive from water or rubble are rescued (evacuated, as "were rescued" reads): "21 survivors were pulled
/// from the water", "hauled out of the rubble", and in the active form "pulled 12 people alive from the rubble". Bodies pulled out stay killed: the noun "bodies" names the metric
/// before any verb is read. "Alive" after the verb says the rescue without a place: "rescuers pulled 25 people out
/// alive, 11 of them from under the rubble" (metrics.json pulledAlive). Golden cases: pulled_from_the_water_is_rescued,
/// pulled_out_alive_is_rescued.
/// </summary>
internal static class PulledFrom
{
    private static readonly WordSet Verbs = WordLists.Set("pulledVerbs");
    private static readonly WordSet Places = WordLists.Set("pulledFrom");
    private static readonly WordSet Alive = WordLists.Set("pulledAlive");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Verbs.Contains(w))
        {
            return false;
        }
        // The active form puts the people between the verb and "from": "rescuers pulled 12 people alive from the
        // rubble", so "from" may come a few words on, and the place a few words after it.
        for (var f = i + 1; f < reader.Tokens.Count && f <= i + 5; f++)
        {
            if (reader.Tokens[f].IsWord && Alive.Contains(reader.Word(f)))
            {
                return true;
            }
            if ((reader.Is(f, "from") || reader.Is(f, "out")) && PlaceFollows(reader, f))
            {
                return true;
            }
        }
        return false;
    }

    private static bool PlaceFollows(PeopleCountReader reader, int f)
    {
        for (var j = f + 1; j < reader.Tokens.Count && j <= f + 4; j++)
        {
            if (reader.Tokens[j].IsWord && Places.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }
}
