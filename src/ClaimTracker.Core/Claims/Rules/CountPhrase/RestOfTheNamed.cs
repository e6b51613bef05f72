namespace ClaimTracker.Core.Claims;

/// <summary>
/// "one of the dead was a fighter and the other three were civilians", "Two of the dead belonged to a group, while the
/// remaining three were fishermen": "the other N" after "of the dead" earlier in its sentence is the rest of the dead,
/// so it shares their fate, not that of the people counted last (the five wounded of the sentence before). The leads
/// are data (counts.json <c>restOfTheNamedLeads</c>). Read by <see cref="BareCount"/>. Golden case:
/// the_other_three_of_the_dead.
/// </summary>
internal static class RestOfTheNamed
{
    private static readonly WordSet Leads = WordLists.Set("restOfTheNamedLeads");

    /// <summary>The fate of the people named by "of the &lt;fate&gt;" before "the other N", or null.</summary>
    public static Metric? Fate(PeopleCountReader reader, CountPhrase phrase)
    {
        var q = phrase.QualifierFirst;
        if (!reader.IsIn(q - 1, Leads) || !reader.Is(q - 2, "the"))
        {
            return null;
        }
        for (var i = q - 3; i >= 2; i--)
        {
            if (reader.Is(i - 2, "of") && reader.Is(i - 1, "the") && reader.Tokens[i].IsWord && MetricWord.At(reader, i, i + 1) is { } fate)
            {
                return fate;
            }
        }
        return null;
    }
}
