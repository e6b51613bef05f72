namespace ClaimTracker.Core.Claims;

/// <summary>
/// "North Korean soldiers fighting for Russia have lost many men": a country after "for", "alongside", "with", "to" or
/// "against" names the side a force serves or faces, not the people after it, so it lends no nationality to a later
/// people noun; that noun ("many men") is the force's own, and a bare count after the sentence borrows the force (North
/// Korean troops), not "Russian men". Prepositions as data (populations.json <c>servedCountryPrepositions</c>). Read
/// by <c>ClaimExtractor.PeopleIn</c>. Golden case: the_men_lost_by_a_force_fighting_for_a_country.
/// </summary>
internal static class ServedCountry
{
    private static readonly WordSet Prepositions = WordLists.Set("servedCountryPrepositions");

    /// <summary>
    /// Whether the nationality at token <paramref name="at"/> (<paramref name="length"/> tokens) is the object of a side
    /// preposition and so no modifier of the noun at <paramref name="noun"/>: "for Russian forces" still modifies its noun.
    /// </summary>
    public static bool At(string text, List<Token> tokens, int at, int length, int noun) =>
        at > 0 && at + length < noun && tokens[at - 1].IsWord && Prepositions.Contains(text.AsSpan(tokens[at - 1].Start, tokens[at - 1].Length));
}
