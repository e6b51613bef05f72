namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Lebanese Armed Forces and UNIFIL helped more than 1,000 civilians leave the border villages", "soldiers helped
/// 130 residents flee the town": people someone helps out of a place are evacuated, not displaced on their own (the
/// gold's helped-leave rows, Unseen39). A leaving verb (metrics.json helpedLeaveVerbs) whose people are the object of a
/// help verb (helpVerbs) a few words back in the same stretch of words, a count between them. Asked by
/// <see cref="MetricWord"/> before the displaced verbs. Golden case: helped_to_leave_is_evacuated.
/// </summary>
internal static class HelpedToLeave
{
    // The help verb, the count and its people before the leaving verb: "helped more than 1,000 displaced civilians to leave".
    private const int Reach = 8;

    private static readonly WordSet LeaveVerbs = WordLists.Set("helpedLeaveVerbs");
    private static readonly WordSet HelpVerbs = WordLists.Set("helpVerbs");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!LeaveVerbs.Contains(w))
        {
            return false;
        }
        var counted = false;
        for (var j = i - 1; j >= 0 && j >= i - Reach; j--)
        {
            if (reader.IsNumberToken(j))
            {
                counted = true;
                continue;
            }
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            if (reader.IsIn(j, HelpVerbs))
            {
                return counted;
            }
        }
        return false;
    }
}
