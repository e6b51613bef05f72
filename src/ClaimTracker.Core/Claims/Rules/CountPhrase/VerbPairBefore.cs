namespace ClaimTracker.Core.Claims;

/// <summary>
/// "had killed or wounded 2,900 Ukrainian troops", "killed and injured 40 people": a death verb and a wound verb joined
/// before the count are losses, killed or wounded, not the fate of the verb next to the number. Golden case:
/// killed_or_wounded_before_the_count.
/// </summary>
internal static class VerbPairBefore
{
    /// <summary>KilledOrWounded when the verb at <paramref name="verb"/> pairs with the other kind two words before it; else <paramref name="metric"/>.</summary>
    public static Metric Widen(PeopleCountReader reader, int verb, int left, Metric metric)
    {
        if (metric is not (Metric.Killed or Metric.Wounded) || verb - 2 < left || !reader.Tokens[verb - 1].IsWord || !reader.Tokens[verb - 2].IsWord
            || !(reader.Is(verb - 1, "or") || reader.Is(verb - 1, "and")))
        {
            return metric;
        }
        // "left 19 people dead and injured nine": "dead" is the earlier count's (golden case dead_and_injured_each_with_a_count).
        if (PairOfTwoCounts.CountBefore(reader, verb - 2))
        {
            return metric;
        }
        var first = MetricWord.At(reader, verb - 2, verb - 1);
        return first is Metric.Killed or Metric.Wounded && first != metric ? Metric.KilledOrWounded : metric;
    }
}
