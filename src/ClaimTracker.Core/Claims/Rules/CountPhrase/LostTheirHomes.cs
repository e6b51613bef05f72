namespace ClaimTracker.Core.Claims;

/// <summary>
/// "About 3,000 people lost their homes", "families who lose their houses": losing a home is being driven from it
/// (displaced), not a death as "lost their lives" is, nor an army's losses. The home is a word of metrics.json
/// <c>homes</c> right after "their", "his" or "her". Asked by <see cref="MetricWord"/>. Golden case: lost_homes_are_displaced.
/// </summary>
internal static class LostTheirHomes
{
    private static readonly WordSet Homes = WordLists.Set("homes");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        w.StartsWith("los", StringComparison.OrdinalIgnoreCase)
        && (reader.Is(i + 1, "their") || reader.Is(i + 1, "his") || reader.Is(i + 1, "her"))
        && reader.IsIn(i + 2, Homes);
}
