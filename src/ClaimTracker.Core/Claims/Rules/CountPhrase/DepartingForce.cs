namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UNIFIL, whose roughly 8,200 peacekeepers are due to leave the south by the end of next year", "the UN force, whose
/// 9,600 troops are due to leave next year": a force's own count ("whose", "its": status.json <c>forceOwnerWords</c>)
/// followed by a timetabled leaving (<c>leavingMoves</c>, no "for" destination) describes the force in place; the
/// departure schedule is the force's, not a count to be sent, so the count stays reported. Widens
/// <see cref="StatedPlan"/>'s place-named check (metric50), which missed "leave the south" and "leave next year";
/// "700 Britons are due to leave on charter flights" has no owner word and stays planned. Golden case:
/// a_force_whose_troops_are_due_to_leave.
/// </summary>
internal static class DepartingForce
{
    // "whose 7,400 soldiers are due to leave": count, noun, copula, timetable word, "to", verb.
    private const int Reach = 7;

    private static readonly WordSet Owners = WordLists.Set("forceOwnerWords");
    private static readonly WordSet LeavingMoves = WordLists.Set("leavingMoves");

    /// <summary>True when the count is a force's own and its clause schedules the force's leaving.</summary>
    public static bool Describes(PeopleCountReader reader, CountPhrase phrase)
    {
        if (!reader.IsIn(phrase.QualifierFirst - 1, Owners))
        {
            return false;
        }
        for (var i = phrase.AfterCount; i < phrase.AfterCount + Reach && i + 1 < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, "to") && reader.IsIn(i + 1, LeavingMoves))
            {
                return !StatedPlan.DepartsFor(reader, i + 1);
            }
        }
        return false;
    }
}
