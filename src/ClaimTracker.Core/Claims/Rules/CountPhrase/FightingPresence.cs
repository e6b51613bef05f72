namespace ClaimTracker.Core.Claims;

/// <summary>
/// A force said to be fighting somewhere is counted by its size there: "about 11,000 North Korean soldiers are fighting
/// in the Kursk region", "700,000 Russian soldiers were fighting" are `deployed` (the gold convention metric11 proposed:
/// a force's size named while it fights); "were fighting alongside the M23", "took part in the assaults" stay `engaged`
/// (a part in combat). A fighting word after a verb of being (metrics.json presenceLeads) with a place preposition or
/// the clause's end after it (presencePlaces). Read by <see cref="MetricWord"/>. Golden case: fighting_in_a_place_is_deployed.
/// </summary>
internal static class FightingPresence
{
    private static readonly WordSet Leads = WordLists.Set("presenceLeads");
    private static readonly WordSet Places = WordLists.Set("presencePlaces");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        w.Equals("fighting", StringComparison.OrdinalIgnoreCase)
        && reader.IsIn(i - 1, Leads)
        && (i + 1 >= reader.Tokens.Count || !reader.Tokens[i + 1].IsWord || Places.Contains(reader.Word(i + 1)));
}
