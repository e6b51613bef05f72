namespace ClaimTracker.Core.Claims;

/// <summary>
/// Troops going home leave the theatre: "preparing to rotate as many as 5,000 of them home", "sent 300 soldiers home",
/// "the troops headed home" are `other` (the gold convention in docs/extraction.md), as "crossed back" is. "home" as
/// an adverb of motion only: not after a possessive, article or preposition ("killed in their home", "at home"), nor
/// before a noun it describes ("home front", "home village") (metrics.json homeward, notHomeward). Read by
/// <see cref="MetricWord"/>. Golden case: holed_up_and_sent_home_are_other.
/// </summary>
internal static class SentHome
{
    private static readonly WordSet Homeward = WordLists.Set("homeward");
    private static readonly WordSet NotHomeward = WordLists.Set("notHomeward");
    private static readonly WordSet AfterAdverb = WordLists.Set("afterBareCount");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Homeward.Contains(w) || i == 0 || (reader.IsIn(i - 1, NotHomeward)))
        {
            return false;
        }
        var next = i + 1;
        return next >= reader.Tokens.Count || !reader.Tokens[next].IsWord || AfterAdverb.Contains(reader.Word(next));
    }
}
