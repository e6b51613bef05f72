namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a ruling party lawmaker back from a trip to Kyiv said": the place a speaker travelled to or from is where they were,
/// not who speaks; a capital there is no government and no country of the speaker. Words as data (attribution.json
/// <c>travelLeads</c>, two words each). Golden case: a_trip_to_the_capital_is_no_speaker; Unseen19
/// yonhap-lawmaker-budanov-briefing.
/// </summary>
internal static class TravelPlace
{
    private static readonly HashSet<string> Leads = new(WordLists.Set("travelLeads").Words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the two words right before text offset <paramref name="start"/> are a travel lead ("trip to").</summary>
    public static bool At(string text, int start)
    {
        var (secondBegin, secondEnd) = LongerBodysName.WordBefore(text, start);
        if (secondEnd == secondBegin)
        {
            return false;
        }
        var (firstBegin, firstEnd) = LongerBodysName.WordBefore(text, secondBegin);
        return firstEnd > firstBegin && Leads.Contains(text[firstBegin..firstEnd] + " " + text[secondBegin..secondEnd]);
    }
}
