namespace ClaimTracker.Core.Claims;

/// <summary>
/// "tortured or starved to death", "beaten to death": a means of killing with "to death" after it names the dead (the
/// word "death" alone may stand past the clause's end, and "sentenced to death" is no death: the verbs are listed,
/// metrics.json toDeathVerbs). A second verb joined by "or"/"and" shares the "to death". Read by <see cref="MetricWord"/>.
/// Golden case: tortured_or_starved_to_death_is_killed.
/// </summary>
internal static class DeathByMeans
{
    private static readonly WordSet Means = WordLists.Set("toDeathVerbs");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Means.Contains(w) && (ToDeath(reader, i + 1) || ((reader.Is(i + 1, "or") || reader.Is(i + 1, "and")) && reader.IsIn(i + 2, Means) && ToDeath(reader, i + 3)));

    private static bool ToDeath(PeopleCountReader reader, int at) => reader.Is(at, "to") && reader.Is(at + 1, "death");
}
