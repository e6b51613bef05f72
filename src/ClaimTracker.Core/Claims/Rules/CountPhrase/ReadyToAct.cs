namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Pyongyang is getting ready to send thousands more troops": getting ready for a sending action is the actor's
/// preparation, planned as "preparing to send" is (Unseen22's "is also preparing to send up to 15,000 laborers"). A
/// getting verb (status.json readinessLeads), a readiness word (readinessWords), "to", then a planned action
/// (metrics.json plannedActions). A bare "was ready to hand the two soldiers over" states a willingness about people
/// already held, reported (Unseen32 kbs); "ready to fire" names no move of people.
/// Read by <see cref="StatedPlan"/> before the count. Golden case: getting_ready_to_send_is_planned.
/// </summary>
internal static class ReadyToAct
{
    private static readonly WordSet ReadinessLeads = WordLists.Set("readinessLeads");
    private static readonly WordSet ReadinessWords = WordLists.Set("readinessWords");
    private static readonly WordSet Actions = WordLists.Set("plannedActions");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.IsIn(i - 1, ReadinessLeads) && reader.IsIn(i, ReadinessWords) && reader.Is(i + 1, "to") && reader.IsIn(i + 2, Actions);
}
