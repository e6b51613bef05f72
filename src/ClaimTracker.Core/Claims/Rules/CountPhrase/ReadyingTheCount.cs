namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Pyongyang was readying 9,000 troops for Russia's army": a preparing verb in its progressive form (status.json
/// readyingVerbs) whose object is the count is the sender's preparation, planned, as "were being readied for dispatch"
/// is (<see cref="ReadiedForDispatch"/>). Only right before the count: "the assault the army had spent weeks readying
/// killed 12 soldiers" readies the assault, not the people, and "readying" is no plan word anywhere else in a clause.
/// Read by <see cref="StatedPlan"/> before the count. Golden case: readying_the_count_and_units_totalling.
/// </summary>
internal static class ReadyingTheCount
{
    private static readonly WordSet ReadyingVerbs = WordLists.Set("readyingVerbs");

    /// <summary>Whether token <paramref name="i"/> readies the count that starts at <paramref name="count"/>.</summary>
    public static bool At(PeopleCountReader reader, int i, int count) =>
        i == count - 1 && reader.IsIn(i, ReadyingVerbs);
}
