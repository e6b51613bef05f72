namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Fighting" named as an event is no act of the people counted: "19,000 people were confined to their communities by
/// the fighting", "four of them on the final morning of fighting", "amid fighting": an engaged word after a
/// preposition of cause or time (metrics.json eventPrepositions, with or without "the") names no metric, so the count
/// keeps the metric of its own verb or its list. Read by <see cref="MetricWord"/>. Golden case: fighting_named_as_an_event.
/// </summary>
internal static class FightingAsEvent
{
    private static readonly WordSet Prepositions = WordLists.Set("eventPrepositions");

    public static bool At(PeopleCountReader reader, int i)
    {
        var before = reader.Is(i - 1, "the") ? i - 2 : i - 1;
        return reader.IsIn(before, Prepositions);
    }
}
