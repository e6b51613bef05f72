namespace ClaimTracker.Core.Claims;

/// <summary>
/// A bare count that moves: "About 2,300 arrived in Adre", "Another 870 crossed into Chad overnight", "Some 1,500 have
/// fled to Farchana", "600 had returned by Friday". People arrive, cross and return; things are carried, and a thing
/// names itself ("400 tonnes arrived", "32 trucks crossed" have their noun). So a verb of moving (counts.json
/// movementVerbs; not "reached" or "entered", which drones and shells do too), after the count or its auxiliaries
/// (counts.json auxiliaries), makes a bare number a count of people as a casualty verb does, even with no people named
/// in the sentences before; not after a count of things in the same sentence. Asked by <see cref="BareCount"/>.
/// Golden cases: bare_count_that_moves, things_that_move_name_themselves.
/// </summary>
internal static class MovingCount
{
    // "have already reached": auxiliaries and adverbs between the count and its verb.
    private const int VerbReach = 3;
    private static readonly WordSet MovementVerbs = WordLists.Set("movementVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    public static bool Follows(PeopleCountReader reader, CountPhrase phrase, int after)
    {
        // "Russia launched 90 drones, and 12 crossed into Belarus": after a count of things the bare number is more of them.
        if (phrase.PreviousBound >= 0 && phrase.Previous is null)
        {
            return false;
        }
        var tokens = reader.Tokens;
        for (var i = after; i < tokens.Count && i < phrase.NextBound && i < after + VerbReach; i++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }
            if (MovementVerbs.Contains(reader.Word(i)))
            {
                return true;
            }
            if (!Auxiliaries.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return false;
    }
}
