namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers who "fell in combat" are dead: "five soldiers fell in combat in the northern Gaza Strip", "two officers fell
/// in battle near Pokrovsk", "fell in action", "fell during the fighting" (army announcements relayed by wires). A fall
/// verb (metrics.json battleFellVerbs) with a battle word (battleWords) two or three words after it; "fell to the RSF"
/// and "the figure fell to 20" name no death. Read by <see cref="MetricWord"/>. Golden case: fell_in_combat_is_killed.
/// </summary>
internal static class FellInBattle
{
    private static readonly WordSet FallVerbs = WordLists.Set("battleFellVerbs");
    private static readonly WordSet BattleWords = WordLists.Set("battleWords");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        FallVerbs.Contains(w) && (reader.Is(i + 1, "in") || reader.Is(i + 1, "during") || reader.Is(i + 1, "on"))
        && (BattleAt(reader, i + 2) || (reader.Is(i + 2, "the") && BattleAt(reader, i + 3)));

    private static bool BattleAt(PeopleCountReader reader, int j) =>
        j < reader.Tokens.Count && reader.IsIn(j, BattleWords);
}
