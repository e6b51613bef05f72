namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Palestinian health ministry" where the registry holds no such ministry (the Ramallah one): a country's named
/// ministry is one body, not "Palestinian officials" in general, so it is not credited to whichever body of that country
/// the article names nearest (the Red Crescent). Words as data (attribution.json <c>ministryWords</c>). Golden case:
/// palestinian_ministry_in_a_west_bank_story.
/// </summary>
internal static class CountrysMinistry
{
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");

    /// <summary>Whether the attributor's words name a ministry.</summary>
    public static bool Is(string attributorText)
    {
        foreach (var word in new SpacedWords(attributorText))
        {
            if (Ministries.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
