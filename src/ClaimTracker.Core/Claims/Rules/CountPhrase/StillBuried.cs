namespace ClaimTracker.Core.Claims;

/// <summary>
/// People "still buried" are missing, not buried dead: "more than 40 people are still buried after a four-storey house was
/// flattened", "the number of people still buried beneath destroyed buildings at about 9,500", "at least 14 others were
/// still buried". "Still" (metrics.json <c>stillBuriedLeads</c>) says the burying is the collapse that holds them, not a
/// funeral, so no rubble word need follow (<see cref="UnderTheRubble"/> asks for one); "54 were buried in a mass grave"
/// stays killed. Read by <see cref="MetricWord"/>. Tested by StillBuriedTests.
/// </summary>
internal static class StillBuried
{
    private static readonly WordSet Leads = WordLists.Set("stillBuriedLeads");
    private static readonly WordSet Buried = WordLists.Set("stillBuriedWords");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Buried.Contains(w) && reader.IsIn(i - 1, Leads);
}
