namespace ClaimTracker.Core.Claims;

/// <summary>
/// Returnees are people going back: those the IOM counts back in their home state ("counted 1,412,306 returnees", "the
/// number of returnees to the capital") are `other`, as the gold keeps returns (Unseen10, Unseen38); returnees who
/// "have come back from Sudan" fled a war across a border and are counted with the refugees, displaced (the UNHCR row of
/// an older set). A returnee noun (metrics.json returneeNouns) is displaced only with an origin (returneeOrigins) after
/// it in its clause. Read by <see cref="MetricWord"/>. Golden case: returnees_home_are_other.
/// </summary>
internal static class ReturneesFromAbroad
{
    private static readonly WordSet Returnees = WordLists.Set("returneeNouns");
    private static readonly WordSet Origins = WordLists.Set("returneeOrigins");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w, int limit)
    {
        if (!Returnees.Contains(w))
        {
            return false;
        }
        for (var j = i + 1; j < limit && j < reader.Tokens.Count; j++)
        {
            if (reader.IsIn(j, Origins))
            {
                return true;
            }
        }
        return false;
    }
}
