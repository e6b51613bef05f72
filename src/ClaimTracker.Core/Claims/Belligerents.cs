namespace ClaimTracker.Core.Claims;

/// <summary>
/// "killed in Lebanon during the 14 months of fighting between Israel and Hezbollah, …, and over 1.2 million were
/// displaced": a country after "between" (or after "and" in the same pair) names a side of the fighting, not the people
/// the sentence counts (populations.json <c>sidesWords</c>). Read by <see cref="NationalityBeforeCount"/> and
/// <see cref="EstablishedPopulation"/>. Golden case: sides_of_the_fighting_are_no_people.
/// </summary>
internal static class Belligerents
{
    private const int PairWords = 4;
    private static readonly WordSet SidesWords = WordLists.Set("sidesWords");

    /// <summary>Whether the country named at token <paramref name="i"/> is one of a pair of sides.</summary>
    public static bool At(string text, List<Token> tokens, int i)
    {
        var before = i - 1;
        if (before < 0 || !tokens[before].IsWord)
        {
            return false;
        }
        if (SidesWords.Contains(Word(text, tokens[before])))
        {
            return true;
        }
        if (!Word(text, tokens[before]).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // "between Russia and Ukraine": the second of the pair, the first a word or two back.
        for (var k = before - 1; k >= Math.Max(0, before - PairWords); k--)
        {
            if (tokens[k].IsWord && SidesWords.Contains(Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
