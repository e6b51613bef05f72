namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency believes the North sent about 11,000 soldiers", "the North could send a second contingent":
/// Korean and Sudanese reporting names one of a divided pair by its compass word alone once the article has named it in
/// full. "The North" or "the South", capitalised and not followed by a name ("the North Darfur capital"), is the country
/// whose full name, first met in the text, starts with that word (populations.json <c>compassStates</c>). Read by
/// <see cref="SendingState"/>. A story that never spells it out but names its pair ("Seoul", "South Korea's spy agency")
/// means the pair's other half. Golden cases: the_north_sends_its_own, the_north_named_by_its_pair.
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
        var word = text.Substring(tokens[i].Start, tokens[i].Length);
        return FullName(text, word) ?? PairedName(text, word);
    }

    // "Seoul says the North has lost about 2,000 soldiers": a story that never spells the North out names its pair (the
    // South, its capital or people), and the compass word is the pair's other half ("South Korean" → "North Korean").
    private static Nationality? PairedName(string text, string word)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Nationality.At(text, tokens, k) is { } named && Paired(named.Nationality, word) is { } paired)
            {
                return paired;
            }
        }
        return null;
    }

    private static Nationality? Paired(Nationality named, string word)
    {
        foreach (var other in CompassWords.Words)
        {
            if (other != word && named.Adjective.StartsWith(other + " ", StringComparison.Ordinal))
            {
                return Nationality.OfPhrase(word + named.Adjective[other.Length..]);
            }
        }
        return null;
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
