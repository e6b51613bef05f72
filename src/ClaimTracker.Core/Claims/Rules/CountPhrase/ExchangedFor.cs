namespace ClaimTracker.Core.Claims;

/// <summary>
/// The count a swap gives "in exchange for" or "in return for" is the other side's released, not people held: "Hamas
/// handed over four hostages in exchange for 180 Palestinian prisoners", "are due to be freed on Saturday in exchange
/// for 180 Palestinian prisoners" (the gold sets: "in exchange for nearly 2,000 Palestinian prisoners and detainees"
/// other, "in exchange for about 1,900 Palestinians held by Israel" other and planned). Read by
/// <see cref="ClauseMetric"/> beside a release verb before the count, and by <see cref="SwapToCome"/>, which leaves
/// such a count released even in a swap still to come. The words before "for" are metrics.json
/// <c>swapCounterpartLeads</c>. Golden case: freed_in_exchange_for_prisoners.
/// </summary>
internal static class ExchangedFor
{
    private static readonly WordSet Leads = WordLists.Set("swapCounterpartLeads");

    /// <summary>Whether the count whose qualifier starts at <paramref name="qualifierFirst"/> follows "exchange for".</summary>
    public static bool Reads(PeopleCountReader reader, int qualifierFirst) =>
        reader.Is(qualifierFirst - 1, "for") && reader.IsIn(qualifierFirst - 2, Leads);
}
