namespace ClaimTracker.Core.Claims;

/// <summary>
/// A hedge on a figure's size is no forecast: "the actual toll is likely far higher than the 1,500 deaths recorded",
/// "the real figure could be much higher", "a number that may be an undercount" say the count is a floor, and the count
/// stays reported. A forecast word followed, past a few bridging words (status.json sizeHedgeBridges), by a comparative
/// of size (sizeComparatives). Asked by <see cref="Forecast"/>. Golden case: likely_higher_is_no_forecast.
/// </summary>
internal static class SizeHedge
{
    private static readonly WordSet Comparatives = WordLists.Set("sizeComparatives");
    private static readonly WordSet Bridges = WordLists.Set("sizeHedgeBridges");

    public static bool After(PeopleCountReader reader, int i) => BridgedWord.Reaches(reader, i, 1, 4, Comparatives, Bridges);
}
