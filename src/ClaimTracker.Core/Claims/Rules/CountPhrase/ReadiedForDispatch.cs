namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a further 5,000 military construction troops were being readied for dispatch", "1,500 soldiers were being prepared
/// for deployment": a preparation under way for sending the people counted is the sender's plan, as "getting ready to
/// send" is (<see cref="ReadyToAct"/>; Unseen49 washingtonpost-deminers). A participle of preparing (status.json
/// preparationParticiples), "for", and a noun of sending (dispatchNouns); "prepared for the worst" or "trained for
/// combat" name no sending. Read by <see cref="StatedPlan"/> after the count. Golden case: readied_for_dispatch_is_planned.
/// </summary>
internal static class ReadiedForDispatch
{
    private static readonly WordSet Participles = WordLists.Set("preparationParticiples");
    private static readonly WordSet DispatchNouns = WordLists.Set("dispatchNouns");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.IsIn(i, Participles) && reader.Is(i + 1, "for") && reader.IsIn(i + 2, DispatchNouns);
}
