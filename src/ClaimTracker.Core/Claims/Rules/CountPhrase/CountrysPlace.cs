namespace ClaimTracker.Core.Claims;

/// <summary>
/// "More than 80,000 people from Lebanon's border villages": a country's possessive before a place says where the
/// counted come from, not whose people they are; the gold sets keep such people bare (Unseen35
/// anews-aa-debaal-house-drone-two-killed), as they keep people counted in a place. Only a force after the possessive
/// ("troops from Rwanda's army", counts.json <c>experiencer</c>) still names the people's country.
/// Read by <see cref="NamedPeople"/>. Golden case: people_from_a_countrys_place_stay_people.
/// </summary>
internal static class CountrysPlace
{
    private static readonly WordSet Experiencer = WordLists.Set("experiencer");

    /// <summary>Whether the tokens from <paramref name="next"/>, right after a country's name, are its possessive and a place.</summary>
    public static bool After(PeopleCountReader reader, int next, int nextBound)
    {
        // The possessive is an apostrophe token, then "s".
        var place = next + 2;
        return next < nextBound && !reader.Tokens[next].IsWord && reader.Text[reader.Tokens[next].Start] is '\'' or '’'
            && reader.Is(next + 1, "s") && place < nextBound && reader.Tokens[place].IsWord
            && !reader.IsIn(place, Experiencer) && !reader.Is(place, "navy") && !reader.Is(place, "police");
    }
}
