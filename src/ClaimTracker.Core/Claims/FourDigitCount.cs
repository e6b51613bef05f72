using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plain four-digit figure between 1000 and 2199 looks like a year, but translated and regional copy writes counts
/// without a thousands comma: "the number of civilians killed … amounted to 1193", "Pavlo Kyrylenko: 1193 civilians
/// of Donetsk region killed", "1193 killed, 2583 wounded" (Unseen83 mediacenter-kyrylenko; Ukrinform's German copy
/// and Arabic and Turkish wire copy of Russia's 1351 dead write them so too). Such a figure is a count when a count
/// verb leads it ("amounted to", "rose to", "killed", counts.json <c>fourDigitCountLeads</c>, <c>fourDigitRiseVerbs</c>),
/// or, with no month or year preposition before it ("in 2022", "the war of 2006 killed", "since 2014 soldiers"),
/// when a people noun or fate follows it (<c>fourDigitCountWords</c>). Golden case a_four_digit_count_is_no_year.
/// </summary>
internal static class FourDigitCount
{
    private static readonly WordSet Leads = WordLists.Set("fourDigitCountLeads");
    private static readonly WordSet RiseVerbs = WordLists.Set("fourDigitRiseVerbs");
    private static readonly WordSet CountWords = WordLists.Set("fourDigitCountWords");
    private static readonly WordSet YearPrepositions = WordLists.Set("yearPrepositions");

    /// <summary>Whether the figure between <paramref name="before"/> and <paramref name="next"/> counts rather than dates.</summary>
    public static bool Reads(ReadOnlySpan<char> twoBefore, ReadOnlySpan<char> before, ReadOnlySpan<char> next)
    {
        // "amounted to 1193", "rose to 1,2…", "stood at 1450": the figure a count reaches.
        if (Leads.Contains(before) || (before.Equals("to", StringComparison.OrdinalIgnoreCase) || before.Equals("at", StringComparison.OrdinalIgnoreCase)) && RiseVerbs.Contains(twoBefore))
        {
            return true;
        }
        if (NumberContext.IsMonth(before) || YearPrepositions.Contains(before))
        {
            return false;
        }
        return CountWords.Contains(next);
    }
}
