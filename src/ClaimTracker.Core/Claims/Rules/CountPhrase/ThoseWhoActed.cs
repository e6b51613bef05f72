namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Only a few thousand of those who fled El Fasher have reached Tawila" (Unseen49 guardian-kordofan): the count points
/// back through "of those who &lt;verb&gt;", and the relative clause names the fate of the people it points to; the
/// people counted last (a paragraph of killings) give their nation and noun but not their fate. "of those", a relative
/// word (status.json forecastRelatives), at most one perfect auxiliary (perfectAuxiliaries), then a word
/// <see cref="MetricWord"/> reads. Read by <see cref="BareCount"/> before the antecedent's metric. Golden cases:
/// those_who_fled_are_displaced, those_who_escaped_the_town_are_displaced.
/// </summary>
internal static class ThoseWhoActed
{
    private static readonly WordSet Relatives = WordLists.Set("forecastRelatives");
    private static readonly WordSet Auxiliaries = WordLists.Set("perfectAuxiliaries");

    /// <summary>The metric the relative clause after "of those who" names, or null.</summary>
    public static Metric? Fate(PeopleCountReader reader, CountPhrase phrase)
    {
        var of = phrase.TokenAfter;
        if (!reader.Is(of, "of") || !reader.Is(of + 1, "those") || !reader.IsIn(of + 2, Relatives))
        {
            return null;
        }
        var verb = reader.IsIn(of + 3, Auxiliaries) ? of + 4 : of + 3;
        // "a few hundred of those who escaped the town": leaving (metrics.json leftHomes) in the relative clause is the
        // flight itself, whatever its object; MetricWord reads "escaped" as displaced only with a home or a known place.
        if (reader.IsIn(verb, ClaimLexicon.LeftHomes))
        {
            return Metric.Displaced;
        }
        return verb < reader.Tokens.Count && reader.Tokens[verb].IsWord ? MetricWord.At(reader, verb, verb + 2) : null;
    }
}
