namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who left under an evacuation are evacuated, not displaced: "more than 900 residents have left Kupiansk, where a
/// mandatory evacuation began", "58,300 people have left communities of Sumy Oblast under mandatory evacuation" (the
/// golds' convention: every gold row whose sentence names an evacuation is `evacuated`, Unseen16–24). A departure verb
/// (metrics.json evacuationDepartures; "fled" stays displaced) with an evacuation word (evacuationWords) later in the
/// sentence. Read by <see cref="MetricWord"/>. Golden case: left_under_an_evacuation.
/// </summary>
internal static class LeftUnderEvacuation
{
    private static readonly WordSet Departures = WordLists.Set("evacuationDepartures");
    private static readonly WordSet Evacuations = WordLists.Set("evacuationWords");
    private static readonly WordSet ObjectStarts = WordLists.Set("objectStarts");
    private static readonly WordSet PlaceLeads = WordLists.Set("leftHomeLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Departures.Contains(w) || LeavesAFigure(reader, i + 1))
        {
            return false;
        }
        for (var j = i + 1; j < reader.Tokens.Count; j++)
        {
            if (reader.IsIn(j, Evacuations))
            {
                return true;
            }
        }
        return false;
    }

    // "the strike left 12 dead", "left at least 30 wounded": a figure after the verb is what the event left behind.
    private static bool LeavesAFigure(PeopleCountReader reader, int j) =>
        j < reader.Tokens.Count && (reader.IsNumberToken(j) || (reader.IsIn(j, ObjectStarts) && !PlaceLeads.Contains(reader.Word(j))));
}
