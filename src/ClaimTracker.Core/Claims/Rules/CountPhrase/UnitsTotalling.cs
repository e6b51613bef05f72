namespace ClaimTracker.Core.Claims;

/// <summary>
/// "had decided to send four brigades totalling about 11,500 soldiers": the units and their "totalling" are the
/// count's own words, so the clause the count's verbs are read in starts before the units' number, not after it (the
/// clause window otherwise stops at the number before). Only a number, a unit noun (counts.json coordinatedUnitNouns)
/// and a numbering verb (numberingVerbs) right before the count widen it: "planned two operations in which 300
/// soldiers were killed" keeps its window after "two". Read by <see cref="StatedPlan"/>.
/// Golden case: readying_the_count_and_units_totalling.
/// </summary>
internal static class UnitsTotalling
{
    private static readonly WordSet UnitNouns = WordLists.Set("coordinatedUnitNouns");
    private static readonly WordSet NumberingVerbs = WordLists.Set("numberingVerbs");

    /// <summary>The first token of the count's clause, read from before its units' number where they stand.</summary>
    public static int Left(PeopleCountReader reader, CountPhrase phrase)
    {
        var totalling = phrase.TokenBefore;
        var units = totalling - 1;
        var number = units - 1;
        return reader.IsIn(totalling, NumberingVerbs) && reader.IsIn(units, UnitNouns) && phrase.PreviousBound == number && phrase.Left > number
            ? ClauseBounds.Left(reader, number, -1, wide: false)
            : phrase.Left;
    }
}
