namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who cannot go back are still displaced: "tens of thousands remain unable to return to border villages", "some
/// 38,000 have yet to return to their homes", "12,500 residents cannot return", "9,000 families have not been able to
/// return home" (IOM and UNHCR updates on Lebanon and Sudan). A return word after a barring lead and "to" ("unable to",
/// "yet to"; "able to" only with a negation before it) or right after a negation ("cannot return", "have not
/// returned"), metrics.json barredReturnLeads, returnNegations. A return that happened ends displacement (`other`, the
/// gold convention "Returns"). Read by <see cref="MetricWord"/>. Golden case: unable_to_return_is_displaced.
/// </summary>
internal static class BarredReturn
{
    private static readonly WordSet Leads = WordLists.Set("barredReturnLeads");
    private static readonly WordSet Negations = WordLists.Set("returnNegations");
    private static readonly WordSet HomeVerbs = WordLists.Set("homeVerbs");

    /// <summary>
    /// "some 3,000 people could not go home", "unable to get back": a verb of going (metrics.json homeVerbs) with "home" or
    /// "back" after it, barred as a return is. Golden case: could_not_go_home_is_displaced.
    /// </summary>
    public static bool ReadsHome(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        HomeVerbs.Contains(w) && (reader.Is(i + 1, "home") || reader.Is(i + 1, "back")) && Reads(reader, i);

    public static bool Reads(PeopleCountReader reader, int i)
    {
        if (Negated(reader, i - 1))
        {
            return true;
        }
        if (!reader.Is(i - 1, "to") || !reader.IsIn(i - 2, Leads))
        {
            return false;
        }
        // "have not been able to return": "able" bars the return only when a negation comes just before it.
        return !reader.Is(i - 2, "able") || Negated(reader, i - 3) || Negated(reader, i - 4);
    }

    private static bool Negated(PeopleCountReader reader, int j) =>
        reader.IsIn(j, Negations);
}
