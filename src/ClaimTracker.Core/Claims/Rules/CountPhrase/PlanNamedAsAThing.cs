namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plan named as a thing after the count is the frame of what was done, not a plan for the people counted: "has deployed
/// about 9,500 soldiers south of the Litani River under the ceasefire plan" (Unseen55 trtworld-doha-kafarman) reports a
/// deployment made. A plan noun (status.json planNouns) after a determiner (planNounDeterminers) within two words and
/// not followed by "to" ("a plan to send 3,000 troops" still plans them). Asked by <see cref="StatedPlan"/> for plan
/// words after the count. Golden case: a_plan_in_the_next_clause_is_not_this_counts.
/// </summary>
internal static class PlanNamedAsAThing
{
    private static readonly WordSet Nouns = WordLists.Set("planNouns");
    private static readonly WordSet Determiners = WordLists.Set("planNounDeterminers");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.IsIn(i, Nouns) && !reader.Is(i + 1, "to")
        && (reader.IsIn(i - 1, Determiners) || (i >= 2 && reader.Tokens[i - 1].IsWord && reader.IsIn(i - 2, Determiners)));
}
