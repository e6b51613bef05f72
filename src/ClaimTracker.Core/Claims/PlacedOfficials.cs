namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, while officials in Russia said a drone strike by Ukraine had wounded 12": officials placed in a whole country
/// (attribution.json <c>placedOfficialsHeads</c> then "in" and a name of <c>placedOfficialsCountries</c>) are some
/// officials there, most often a region's, and no body the story named: not the Kremlin a standfirst's "Moscow" made a
/// mention of, nor a speaker carried from before. Wire copy on paired strike reports (Reuters, AFP, TRT World) places
/// the other side's officials so when it does not know or name their office. A capital or a territory keeps its own
/// rules ("Officials in Seoul said" is the government, "Officials in Gaza said" the health ministry: golden cases
/// on_their_way_is_expected, gaza_officials_are_the_health_ministry), and a kind of official ("health officials in
/// Lebanon") is not this bare head. Unseen57 trtworld-kryvyi-rih; branch source93. Golden cases:
/// officials_in_a_country_are_no_capital_named_before, and the control officials_in_a_capital_are_still_its_government.
/// </summary>
internal static class PlacedOfficials
{
    private static readonly WordSet Heads = WordLists.Set("placedOfficialsHeads");
    private static readonly WordSet Countries = WordLists.Set("placedOfficialsCountries");
    private static readonly WordSet Leads = new("the", "local", "regional");

    /// <summary>Whether the attributor's words are bare officials placed in a whole country ("officials in Russia", "the authorities in Ukraine").</summary>
    public static bool InCountry(string attributorText)
    {
        var words = attributorText.AsSpan().Trim();
        var at = words.IndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }
        var head = words[..at];
        var space = head.LastIndexOf(' ');
        if (!Heads.Contains(head[(space + 1)..]) || (space > 0 && !AllLeads(head[..space])))
        {
            return false;
        }
        return Countries.Contains(words[(at + 4)..].Trim());
    }

    private static bool AllLeads(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            if (!Leads.Contains(words[range]))
            {
                return false;
            }
        }
        return true;
    }
}
