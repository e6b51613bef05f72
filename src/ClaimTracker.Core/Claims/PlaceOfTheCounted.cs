namespace ClaimTracker.Core.Claims;

/// <summary>
/// Where the counted people go, are or are held, not whose they are: "had sent a total of 14,000 troops to Russia",
/// "captured by Ukrainian forces", "had given themselves up to a Ukrainian patrol", "fighting against Ukraine" name a
/// destination, a captor or a foe wherever they stand (populations.json <c>destinations</c>, a determiner allowed
/// between); "appear to have already arrived in Russia", "succumbed to their wounds in Russian military hospitals" name
/// where they are (<c>whereabouts</c>), except a place fronting the sentence: "In Mali, the army said seven soldiers"
/// sets the scene for another people. Read by <see cref="EstablishedPopulation"/>.
/// Golden cases: sent_to_a_country_keeps_the_population, captured_by_keeps_the_population, the_place_of_the_counted_keeps_the_population.
/// </summary>
internal static class PlaceOfTheCounted
{
    private static readonly WordSet Destinations = WordLists.Set("destinations");
    private static readonly WordSet Whereabouts = WordLists.Set("whereabouts");
    private static readonly WordSet Determiners = new("a", "an", "the");

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
        return Destinations.Contains(word) || (before > 0 && Whereabouts.Contains(word));
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
