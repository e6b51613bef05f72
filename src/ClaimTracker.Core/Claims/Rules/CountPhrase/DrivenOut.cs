namespace ClaimTracker.Core.Claims;

/// <summary>
/// People driven or forced out of a place are displaced, whether the place is a home word or a name: "more than
/// 120,000 people are estimated to have been driven from El Fasher", "the RSF drove some 30,000 residents out of Bara",
/// the headline "Fighting drives 27,000 from El Obeid", "19,000 people were forced out of Um Rawaba" (IOM and OCHA
/// updates on Darfur and Kordofan word flight so). A drive-out verb (metrics.json driveOutVerbs) with "from" or "out of"
/// within a few words after it, the count allowed between, or "out by" and the agent ("40,000 people have been driven out
/// by the fighting"); or "to" and a verb of leaving (forcedLeaveVerbs) after the people forced ("rocket fire has forced
/// tens of thousands of Israelis to leave the north", "the shelling forced 3,000 residents to abandon the town": Unseen74
/// channel4-factcheck-acled); "forced to flee" is read by the displaced list. Read by <see cref="MetricWord"/>. Golden cases:
/// driven_from_a_named_place, driven_out_by_the_fighting, forced_to_leave_a_region.
/// </summary>
internal static class DrivenOut
{
    private const int Reach = 6;

    private static readonly WordSet DriveOutVerbs = WordLists.Set("driveOutVerbs");
    private static readonly WordSet LeaveVerbs = WordLists.Set("forcedLeaveVerbs");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!DriveOutVerbs.Contains(w))
        {
            return false;
        }
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + Reach + 1; j++)
        {
            // "have forced tens of thousands of Israelis to leave the north": made to leave a place is flight too.
            if (reader.Is(j, "to") && reader.IsIn(j + 1, LeaveVerbs))
            {
                return true;
            }
            if (j > i + Reach)
            {
                return false;
            }
            // "driven out by the fighting": the agent after "out" stands where the place would.
            if (reader.Is(j, "from") || (reader.Is(j, "out") && (reader.Is(j + 1, "of") || reader.Is(j + 1, "by"))))
            {
                return true;
            }
            // The phrase ends at a sentence mark or a comma: "forced back, from Monday on" is no flight.
            if (!reader.Tokens[j].IsWord && !reader.IsNumberToken(j))
            {
                return false;
            }
        }
        return false;
    }
}
