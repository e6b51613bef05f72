namespace ClaimTracker.Core.Claims;

/// <summary>
/// Where the counted people go, are or are held, not whose they are: "had sent a total of 14,000 troops to Russia",
/// "captured by Ukrainian forces", "had given themselves up to a Ukrainian patrol", "fighting against Ukraine" name a
/// destination, a captor or a foe wherever they stand (populations.json <c>destinations</c>, a determiner allowed
/// between); "appear to have already arrived in Russia", "succumbed to their wounds in Russian military hospitals" name
/// where they are (<c>whereabouts</c>), except a place fronting the sentence: "In Mali, the army said seven soldiers"
/// sets the scene for another people; "flown back from Russia" where they were (<c>comebackWords</c>). Read by <see cref="EstablishedPopulation"/>.
/// Golden cases: sent_to_a_country_keeps_the_population, captured_by_keeps_the_population, the_place_of_the_counted_keeps_the_population.
/// </summary>
internal static class PlaceOfTheCounted
{
    private static readonly WordSet Destinations = WordLists.Set("destinations");
    private static readonly WordSet Whereabouts = WordLists.Set("whereabouts");
    private static readonly WordSet Determiners = new("a", "an", "the");
    private static readonly WordSet ComebackWords = WordLists.Set("comebackWords");

    /// <summary>Whether the country named at token <paramref name="i"/> of a sentence's tokens is a place of the people it counts.</summary>
    public static bool At(string text, List<Token> tokens, int i)
    {
        var before = i - 1;
        if (before > 0 && tokens[before].IsWord && Determiners.Contains(Word(text, tokens[before])))
        {
            before--;
        }
        if (before < 0 || !tokens[before].IsWord)
        {
            return false;
        }
        var word = Word(text, tokens[before]);
        return Destinations.Contains(word) || (before > 0 && Whereabouts.Contains(word)) || CameBackFrom(text, tokens, before);
    }

    /// <summary>
    /// Whether every naming of <paramref name="country"/> in the sentence is where its counted go or fight ("who are
    /// believed to have moved to Russia", "sent to Mali"), never where they are: such a country does not own the
    /// soldiers counted (read by <see cref="OwnPopulation"/>; golden cases the_latest_contingent_moved_to_a_country,
    /// soldiers_killed_in_a_country_are_its).
    /// </summary>
    public static bool OnlyADestination(string text, List<Token> tokens, string country)
    {
        var seen = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named && named.Nationality.Country == country)
            {
                var before = tokens[i - 1].IsWord && Determiners.Contains(Word(text, tokens[i - 1])) && i > 1 ? i - 2 : i - 1;
                if (!tokens[before].IsWord || !Destinations.Contains(Word(text, tokens[before])))
                {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    // "the coffins of 20 soldiers flown back from Russia": where they come back from is where they were, not whose they are
    // ("3,000 troops from Russia" still names them).
    private static bool CameBackFrom(string text, List<Token> tokens, int from) =>
        from > 0 && tokens[from - 1].IsWord && Word(text, tokens[from]).Equals("from", StringComparison.OrdinalIgnoreCase)
        && ComebackWords.Contains(Word(text, tokens[from - 1]));

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
