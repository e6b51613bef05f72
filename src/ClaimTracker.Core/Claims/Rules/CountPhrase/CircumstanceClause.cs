namespace ClaimTracker.Core.Claims;

/// <summary>
/// A clause of circumstance after the count ("as they fled", "while they slept", "when he tried to flee") says what the
/// people were doing when their fate came, not the fate: "over 1,700 others along exit routes as they fled" (Unseen56
/// bbc-un-report) are among the killed, not the displaced. A lead (metrics.json circumstanceLeads) followed by a subject
/// pronoun (circumstanceSubjects) closes the span <see cref="ClauseMetric"/> reads a fate word from after the count.
/// Golden cases: killed_as_they_fled_is_killed, displaced_as_they_fled_keeps_its_verb (negative control).
/// </summary>
internal static class CircumstanceClause
{
    private static readonly WordSet Leads = WordLists.Set("circumstanceLeads");
    private static readonly WordSet Subjects = WordLists.Set("circumstanceSubjects");

    /// <summary>The first circumstance lead in [<paramref name="from"/>, <paramref name="to"/>), or <paramref name="to"/>.</summary>
    public static int Bound(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
        {
            if (reader.IsIn(i, Leads) && reader.IsIn(i + 1, Subjects))
            {
                return i;
            }
        }
        return to;
    }
}
