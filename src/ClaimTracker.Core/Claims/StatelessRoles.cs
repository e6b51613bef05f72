namespace ClaimTracker.Core.Claims;

/// <summary>
/// Journalists keep no people of their own (gold convention, session 13: every gold row counting journalists says
/// "journalists", in Gaza too): "At least 141 journalists have been killed in Gaza", "among them five journalists who
/// worked for international news organisations" count reporters of many nations, so neither Gaza's population, nor a
/// country named as a place, nor the outer count of an aside gives them one (populations.json <c>statelessNouns</c>).
/// A nationality written in their own words ("Palestinian journalists") still stands. Read by <see cref="OwnPopulation"/>.
/// "Humanitarians" likewise: OCHA's "at least 290 humanitarians have been killed in Gaza" counts UN and NGO staff of
/// many nations, as the gold's "aid workers" rows do. Golden cases: journalists_keep_no_people,
/// humanitarians_keep_no_people.
/// </summary>
internal static class StatelessRoles
{
    private static readonly WordSet Nouns = WordLists.Set("statelessNouns");

    /// <summary>Whether the draft counts people whose role, not nation, the gold names.</summary>
    public static bool Are(ClaimDraft draft) => Nouns.Contains(draft.NounWord ?? draft.Noun);
}
