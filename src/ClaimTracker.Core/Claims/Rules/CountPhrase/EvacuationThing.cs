namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Evacuation" before a thing names the thing, not the people's fate: "610 people on the evacuation list had died while
/// waiting", "12,000 people in the evacuation zone", "displaced by evacuation orders" (WHO and OCHA updates). An
/// evacuation word (metrics.json evacuationWords) right before a thing noun (evacuationThings) names no metric, so the
/// clause's own verb decides. Read by <see cref="MetricWord"/>. Golden case: evacuation_list_names_no_fate.
/// </summary>
internal static class EvacuationThing
{
    private static readonly WordSet Words = WordLists.Set("evacuationWords");
    private static readonly WordSet Things = WordLists.Set("evacuationThings");

    public static bool At(PeopleCountReader reader, int i) =>
        Words.Contains(reader.Word(i)) && reader.IsIn(i + 1, Things);
}
