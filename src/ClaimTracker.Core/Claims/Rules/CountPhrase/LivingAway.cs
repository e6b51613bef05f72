namespace ClaimTracker.Core.Claims;

/// <summary>
/// "60,000 residents have been living away from their homes", "families staying away from their villages": people
/// kept from their homes are displaced, as "unable to return" is (Unseen37's Times of Israel row). A dwelling verb
/// (metrics.json dwellVerbs), "away" (awayWords) and "from", then a home word (homes) after at most two of its leads
/// (leftHomeLeads: "their", "border"). Read by <see cref="MetricWord"/>. Golden case: living_away_from_home_is_displaced.
/// </summary>
internal static class LivingAway
{
    private static readonly WordSet Dwell = WordLists.Set("dwellVerbs");
    private static readonly WordSet Away = WordLists.Set("awayWords");
    private static readonly WordSet Leads = WordLists.Set("leftHomeLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Dwell.Contains(w) || !reader.IsIn(i + 1, Away) || !reader.Is(i + 2, "from"))
        {
            return false;
        }
        for (var j = i + 3; j <= i + 5 && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (ClaimLexicon.Homes.Contains(reader.Word(j)))
            {
                return true;
            }
            if (!Leads.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return false;
    }
}
