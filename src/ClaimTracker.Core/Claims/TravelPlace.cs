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
    // Asked for the two words before every mention inside a speaker: the pair is looked up as characters on the stack,
    // where it was two substrings and their concatenation (branch `speed47`). A pair longer than every lead is none.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadsBySpan = Leads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestLead = Leads.Max(lead => lead.Length);

    /// <summary>Whether the two words right before text offset <paramref name="start"/> are a travel lead ("trip to").</summary>
    public static bool At(string text, int start)
    {
        var (secondBegin, secondEnd) = LongerBodysName.WordBefore(text, start);
        if (secondEnd == secondBegin)
        {
            return false;
        }
        var (firstBegin, firstEnd) = LongerBodysName.WordBefore(text, secondBegin);
        if (firstEnd <= firstBegin || (firstEnd - firstBegin) + 1 + (secondEnd - secondBegin) > LongestLead)
        {
            return false;
        }
        var first = text.AsSpan(firstBegin, firstEnd - firstBegin);
        var second = text.AsSpan(secondBegin, secondEnd - secondBegin);
        Span<char> pair = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return LeadsBySpan.Contains(pair);
    }
}
