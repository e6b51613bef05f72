namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count of a country's regions counts no people: "MSF teams in three Sudanese states", "across four Ukrainian
/// oblasts". The demonym between the number and the place word (populations.json <c>countryPlaceWords</c>) otherwise
/// reads as the count's people ("three Sudanese"). NGO and UN releases locate their teams so (Unseen36's MSF release).
/// Golden case: regions_of_a_country_are_no_people.
/// </summary>
internal sealed class RegionsOfACountry : CountPhraseRule
{
    public static readonly RegionsOfACountry Rule = new();

    private static readonly WordSet PlaceWords = WordLists.Set("countryPlaceWords");

    private RegionsOfACountry()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        Nationality.At(reader.Text, reader.Tokens, phrase.TokenAfter) is not { } named
        || !reader.IsIn(phrase.TokenAfter + named.Tokens, PlaceWords);
}
