namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fate still awaited is no fate yet: "16,200 patients are still awaiting medical evacuation", "children in need of
/// evacuation" count people waiting, `other` (the gold convention in docs/extraction.md), not the evacuated. A fate
/// word up to three bridging words after a word of waiting (metrics.json awaitWords, awaitBridges). Read by
/// <see cref="MetricWord"/>. Golden case: awaiting_evacuation_is_other.
/// </summary>
internal static class AwaitedFate
{
    private static readonly WordSet AwaitWords = WordLists.Set("awaitWords");
    private static readonly WordSet Bridges = WordLists.Set("awaitBridges");

    public static bool Before(PeopleCountReader reader, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            var w = reader.Word(j);
            if (AwaitWords.Contains(w))
            {
                return true;
            }
            if (!Bridges.Contains(w))
            {
                return false;
            }
        }
        return false;
    }
}
