namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers who "fell in combat" are dead: "five soldiers fell in combat in the northern Gaza Strip", "two officers fell
/// in battle near Pokrovsk", "fell in action", "fell during the fighting" (army announcements relayed by wires). A fall
/// verb (metrics.json battleFellVerbs) with a battle word (battleWords) two or three words after it; "fell to the RSF"
/// and "the figure fell to 20" name no death. Translated agency copy says the same of a raid: "five of its members fell
/// in the two raids", "three fighters fell in an Israeli strike" (Italian and Arabic "caddero", "saqata"; Unseen83
/// agenzianova): "in" then a raid word (fellInRaidWords) after up to three leads (fellInRaidLeads: "the two",
/// "an Israeli"). Read by <see cref="MetricWord"/>. Golden cases: fell_in_combat_is_killed, fell_in_the_raids_is_killed.
/// </summary>
internal static class FellInBattle
{
    private const int RaidLeads = 3;
    private static readonly WordSet FallVerbs = WordLists.Set("battleFellVerbs");
    private static readonly WordSet BattleWords = WordLists.Set("battleWords");
    private static readonly WordSet RaidWords = WordLists.Set("fellInRaidWords");
    private static readonly WordSet RaidLeadWords = WordLists.Set("fellInRaidLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        FallVerbs.Contains(w) && (reader.Is(i + 1, "in") || reader.Is(i + 1, "during") || reader.Is(i + 1, "on"))
        && (BattleAt(reader, i + 2) || (reader.Is(i + 2, "the") && BattleAt(reader, i + 3)) || (reader.Is(i + 1, "in") && RaidAfter(reader, i + 2)));

    private static bool BattleAt(PeopleCountReader reader, int j) =>
        j < reader.Tokens.Count && reader.IsIn(j, BattleWords);

    // "in the two raids", "in an Israeli strike": a raid word after at most three leads.
    private static bool RaidAfter(PeopleCountReader reader, int j)
    {
        for (var k = j; k < j + RaidLeads + 1 && k < reader.Tokens.Count; k++)
        {
            if (reader.IsIn(k, RaidWords))
            {
                return true;
            }
            if (!reader.IsIn(k, RaidLeadWords))
            {
                return false;
            }
        }
        return false;
    }
}
