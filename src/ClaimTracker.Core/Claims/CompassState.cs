namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency believes the North sent about 11,000 soldiers", "the North could send a second contingent":
/// Korean and Sudanese reporting names one of a divided pair by its compass word alone once the article has named it in
/// full. "The North" or "the South", capitalised and not followed by a name ("the North Darfur capital"), is the country
/// whose full name, first met in the text, starts with that word (populations.json <c>compassStates</c>). Read by
/// <see cref="SendingState"/>. Golden cases: the_north_sends_its_own.
/// </summary>
internal static class CompassState
{
    private const int NameWindow = 40;

    private static readonly WordSet CompassWords = WordLists.Set("compassStates");

    /// <summary>The nationality "the North"/"the South" names when token <paramref name="i"/> is its compass word, or null.</summary>
    public static Nationality? At(string text, List<Token> tokens, int i)
    {
        if (i < 1 || i >= tokens.Count || !tokens[i].IsWord || !char.IsUpper(text[tokens[i].Start])
            || !CompassWords.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
            || !tokens[i - 1].IsWord || !text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase)
            || (i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsUpper(text[tokens[i + 1].Start])))
        {
            return null;
        }
        return FullName(text, text.Substring(tokens[i].Start, tokens[i].Length));
    }

    // The first place the article writes the compass word as the start of a country's name ("North Korea", "North Korean").
    private static Nationality? FullName(string text, string word)
    {
        var words = new List<Token>();
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            Token.Split(text, at, Math.Min(text.Length, at + NameWindow), words);
            if (words.Count > 1 && Nationality.At(text, words, 0) is { Tokens: > 1 } named)
            {
                return named.Nationality;
            }
        }
        return null;
    }
}
