namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plan verb reaches only its own clause: "Lebanon's army says it has deployed about 9,500 soldiers south of the Litani
/// River under the ceasefire plan, and that it plans to recruit 4,500 more" (Unseen55 trtworld-doha-kafarman) plans the
/// 4,500, not the 9,500 already there. A joining word (status.json clauseJoiners) followed by "that" or a subject pronoun
/// (coordinatedClauseOpeners, clauseSubjectPronouns) opens a coordinated clause with a verb of its own; <see cref="StatedPlan"/>
/// reads no plan word after the count past it. Golden cases: a_plan_in_the_next_clause_is_not_this_counts,
/// will_send_coordinated_counts_are_planned (the shared plan of "and" between two counts stays).
/// </summary>
internal static class CoordinatedClause
{
    private static readonly WordSet Joiners = WordLists.Set("clauseJoiners");
    private static readonly WordSet Openers = WordLists.Set("coordinatedClauseOpeners");
    private static readonly WordSet Subjects = WordLists.Set("clauseSubjectPronouns");

    /// <summary>The first joining word in [<paramref name="from"/>, <paramref name="to"/>) that opens a clause of its own, or <paramref name="to"/>.</summary>
    public static int Bound(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
        {
            if (reader.IsIn(i, Joiners) && (reader.IsIn(i + 1, Openers) || reader.IsIn(i + 1, Subjects)))
            {
                return i;
            }
        }
        return to;
    }
}
