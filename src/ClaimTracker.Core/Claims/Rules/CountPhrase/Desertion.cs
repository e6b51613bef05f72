namespace ClaimTracker.Core.Claims;

/// <summary>
/// "18,000 soldiers deserted", "54 troops went AWOL" or "absent without leave", "1,200 men abandoned their positions", "9,000
/// servicemen fled their units": soldiers leaving their own force are neither displaced nor deployed, and no metric of
/// the gold set names them, so they count under other (metrics.json desertionWords, absentWords, unitLeaveVerbs,
/// unitPostLeads, unitPosts). Asked by <see cref="MetricWord"/> before the displaced verbs, since "fled" alone is flight.
/// Golden case: deserters_are_other.
/// </summary>
internal static class Desertion
{
    private static readonly WordSet DesertionWords = WordLists.Set("desertionWords");
    private static readonly WordSet AbsentWords = WordLists.Set("absentWords");
    private static readonly WordSet UnitLeaveVerbs = WordLists.Set("unitLeaveVerbs");
    private static readonly WordSet UnitPostLeads = WordLists.Set("unitPostLeads");
    private static readonly WordSet UnitPosts = WordLists.Set("unitPosts");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        DesertionWords.Contains(w)
        || (AbsentWords.Contains(w) && reader.Is(i + 1, "without"))
        || (UnitLeaveVerbs.Contains(w) && PostFollows(reader, i));

    // "left their posts", "abandoned their combat positions", "fled the brigade": a post word right after the verb or
    // after up to two of its leads.
    private static bool PostFollows(PeopleCountReader reader, int verb)
    {
        for (var j = verb + 1; j <= verb + 3 && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (reader.IsIn(j, UnitPosts))
            {
                return true;
            }
            if (!reader.IsIn(j, UnitPostLeads))
            {
                return false;
            }
        }
        return false;
    }
}
