namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll that changes, read as one model: the new figure stands where the toll was named before it, and counts the
/// toll's people. Three ways reports restate a toll: a copula ("the number of people killed … is now 27", counts.json
/// tollCopulas); a pronoun for the toll after a verb of bringing ("had given an initial toll of four dead …, before
/// raising it to 11", tollPronouns, totalVerbs), which reads the toll back past the figures it first gave; and a later
/// time for a figure joined to the first ("16 dead on the evening of July 31 and 26 by early morning", tollTimes; "in
/// two rounds: some 11,000 last autumn", tollTimeLeads, a colon opening the list), an elided count of the same people. Asked by <see cref="BareCount"/> and <see cref="ElidedNoun"/>.
/// Golden cases: toll_is_now, toll_raised_it_to, toll_by_a_later_time, counts_at_times_after_a_colon.
/// </summary>
internal static class TollRestated
{
    /// <summary>Whether the word <paramref name="p"/> right before the figure is a toll's copula ("is now 27").</summary>
    public static bool ByCopula(PeopleCountReader reader, int p) =>
        reader.IsIn(p, Copulas);

    /// <summary>Whether "to" at <paramref name="p"/> follows a verb of bringing and a pronoun for the toll ("raising it to").</summary>
    public static bool ByPronoun(PeopleCountReader reader, int p) =>
        p >= 2 && reader.Is(p, "to") && reader.IsIn(p - 1, Pronouns)
        && reader.IsIn(p - 2, TotalVerbs);

    private static readonly WordSet Copulas = WordLists.Set("tollCopulas");
    private static readonly WordSet Pronouns = WordLists.Set("tollPronouns");
    private static readonly WordSet TotalVerbs = WordLists.Set("totalVerbs");
    private static readonly WordSet Times = WordLists.Set("tollTimes");
    private static readonly WordSet TimeLeads = WordLists.Set("tollTimeLeads");

    /// <summary>
    /// Whether a time follows the figure at <paramref name="after"/>: "by" a later time ("by early morning", "by
    /// midday"), or a time word (counts.json tollTimeLeads: "some 11,000 last autumn and 4,000 more early this year").
    /// </summary>
    public static bool AtATime(PeopleCountReader reader, int after)
    {
        if (reader.IsIn(after, TimeLeads))
        {
            return true;
        }
        if (!reader.Is(after, "by"))
        {
            return false;
        }
        for (var j = after + 1; j < reader.Tokens.Count && j <= after + 2; j++)
        {
            if (reader.IsIn(j, Times))
            {
                return true;
            }
        }
        return false;
    }
}
