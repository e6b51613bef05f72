namespace ClaimTracker.Core.Claims;

/// <summary>
/// Losses named in a concession are what the counted people fight on through, not their fate: "Up to 7,500 troops
/// still fighting despite heavy losses", "the brigade held the town despite casualties". A loss word right after
/// "despite" or "notwithstanding", or after one describing word there ("despite heavy losses"), names no metric, so
/// the count keeps its own verb's (Unseen63 kyivpost-budanov's headline read killed-or-wounded). Words as data
/// (metrics.json <c>concessionLeads</c>). Read by <see cref="MetricWord"/>. Golden case: losses_named_in_a_concession.
/// </summary>
internal static class ConcededLoss
{
    private static readonly WordSet Leads = WordLists.Set("concessionLeads");

    public static bool At(PeopleCountReader reader, int i) =>
        reader.IsIn(i - 1, Leads) || (i >= 2 && reader.Tokens[i - 1].IsWord && reader.IsIn(i - 2, Leads));
}
