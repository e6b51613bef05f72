namespace ClaimTracker.Core.Claims;

/// <summary>
/// People pulled alive from water or rubble are rescued (evacuated, as "were rescued" reads): "21 survivors were pulled
/// from the water", "hauled out of the rubble". Bodies pulled out stay killed: the noun "bodies" names the metric
/// before any verb is read. Golden case: pulled_from_the_water_is_rescued.
/// </summary>
internal static class PulledFrom
{
    private static readonly WordSet Verbs = WordLists.Set("pulledVerbs");
    private static readonly WordSet Places = WordLists.Set("pulledFrom");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Verbs.Contains(w) || !(reader.Is(i + 1, "from") || reader.Is(i + 1, "out")))
        {
            return false;
        }
        for (var j = i + 2; j < reader.Tokens.Count && j <= i + 5; j++)
        {
            if (reader.Tokens[j].IsWord && Places.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }
}
