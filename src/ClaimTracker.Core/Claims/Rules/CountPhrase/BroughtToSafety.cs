namespace ClaimTracker.Core.Claims;

/// <summary>
/// People "brought to safety", "taken to safety", "helped to safety" were moved out of harm by someone else: evacuated,
/// as the gold reads a mayor's "50 people had been brought to safety" (Unseen37). A moving verb (metrics.json
/// safetyMoves) with "to" and a safety word (safetyWords) right after it. Read by <see cref="MetricWord"/>.
/// Golden case: brought_to_safety_is_evacuated.
/// </summary>
internal static class BroughtToSafety
{
    private static readonly WordSet Moves = WordLists.Set("safetyMoves");
    private static readonly WordSet Safety = WordLists.Set("safetyWords");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Moves.Contains(w) && reader.Is(i + 1, "to") && reader.IsIn(i + 2, Safety);
}
