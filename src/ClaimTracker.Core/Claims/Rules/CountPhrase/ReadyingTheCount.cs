namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Pyongyang was readying 9,000 troops for Russia's army": a preparing verb in its progressive form (status.json
/// readyingVerbs) whose object is the count is the sender's preparation, planned, as "were being readied for dispatch"
/// is (<see cref="ReadiedForDispatch"/>). Only right before the count: "the assault the army had spent weeks readying
/// killed 12 soldiers" readies the assault, not the people, and "readying" is no plan word anywhere else in a clause.
/// Only a force is readied for a move: "the school is preparing 40 students for the exams" readies people for
/// something else, so the count's noun must be a military or irregular one (people.json militaryNouns,
/// irregularNouns) within a few words of the number ("9,000 troops", "about 2,500 more reservists").
/// Read by <see cref="StatedPlan"/> before the count. Golden cases: readying_the_count_and_units_totalling,
/// ReadyingTheCountTests.
/// </summary>
internal static class ReadyingTheCount
{
    private static readonly WordSet ReadyingVerbs = WordLists.Set("readyingVerbs");

    /// <summary>Whether token <paramref name="i"/> readies the count that starts at <paramref name="count"/>.</summary>
    public static bool At(PeopleCountReader reader, int i, int count) =>
        i == count - 1 && reader.IsIn(i, ReadyingVerbs) && ForceCounted(reader, count);

    /// <summary>
    /// Whether token <paramref name="i"/> readies a count of people who are no force ("is preparing 40 students for
    /// the exams"): "preparing" is a plan word elsewhere in a clause ("preparing to send 3,000 troops"), but right
    /// before such a count it readies them for something other than a move, and no plan is read from it.
    /// </summary>
    public static bool ReadiesOthers(PeopleCountReader reader, int i, int count) =>
        i == count - 1 && reader.IsIn(i, ReadyingVerbs) && !ForceCounted(reader, count);

    // How far after the count's first token its noun may stand: "some 9,000 more troops".
    private const int NounReach = 5;

    private static bool ForceCounted(PeopleCountReader reader, int count)
    {
        for (var j = count; j < reader.Tokens.Count && j <= count + NounReach; j++)
        {
            if (reader.IsIn(j, ClaimLexicon.MilitaryNouns) || reader.IsIn(j, ClaimLexicon.IrregularNouns))
            {
                return true;
            }
            if (!reader.Tokens[j].IsWord && !reader.IsNumberToken(j))
            {
                return false;
            }
        }
        return false;
    }
}
