namespace ClaimTracker.Core.Claims;

/// <summary>
/// People nobody has heard from since a strike are missing: "between five and 12 residents had not been heard from",
/// "11 residents had still not been heard from", "relatives have never heard from them" (a city head's count of those
/// out of contact after a block collapsed). The contact verb counts only after a negation a few words before it and with
/// "from" after it. Read by <see cref="MetricWord"/> (metrics.json contactVerbs, contactNegations). Golden case:
/// not_heard_from_is_missing.
/// </summary>
internal static class NotHeardFrom
{
    // "had still not been heard from": the negation, an adverb and an auxiliary before the verb.
    private const int NegationReach = 4;

    private static readonly WordSet ContactVerbs = WordLists.Set("contactVerbs");
    private static readonly WordSet Negations = WordLists.Set("contactNegations");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!ContactVerbs.Contains(w) || !reader.Is(i + 1, "from"))
        {
            return false;
        }
        for (var j = i - 1; j >= 0 && j >= i - NegationReach && reader.Tokens[j].IsWord; j--)
        {
            if (Negations.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }
}
