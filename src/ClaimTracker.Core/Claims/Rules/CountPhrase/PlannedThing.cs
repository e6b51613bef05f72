namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plan word used as an adjective after the count names a planned thing, not a plan for the people counted: "began
/// calling up 60,000 reservists ahead of a planned offensive", "before the scheduled talks". The participle follows a
/// determiner or a preposition (status.json attributiveLeads) and comes before a word that is neither "to" nor "by":
/// "190,000 displaced people in approved shelters" is no plan. Asked by <see cref="StatedPlan"/> for plan words after
/// the count. Golden cases: ahead_of_a_planned_offensive, in_approved_shelters_is_no_plan.
/// </summary>
internal static class PlannedThing
{
    private static readonly WordSet Leads = WordLists.Set("attributiveLeads");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && i >= 1 && reader.Tokens[i - 1].IsWord
        && Leads.Contains(reader.Word(i - 1)) && i + 1 < reader.Tokens.Count && reader.Tokens[i + 1].IsWord
        && !reader.Is(i + 1, "to") && !reader.Is(i + 1, "by");
}
