using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A South Korean lawmaker, citing the country's spy agency": "the country's X" is the X of the country the sentence
/// named before it, found in the registry by the alias "South Korea's spy agency". Golden: Reporting
/// kursk-casualties-briefing, kursk-jcs-losses.
/// </summary>
internal static class CountrysBody
{
    private static readonly WordSet CountryOwners = WordLists.Set("countryOwners");

    /// <summary>Whether the words at <paramref name="first"/> read "the country's" or "the nation's".</summary>
    public static bool Opens(string text, List<Token> tokens, int first) =>
        first + 3 < tokens.Count && Is(text, tokens[first], "the") && tokens[first + 1].IsWord
        && CountryOwners.Contains(text.AsSpan(tokens[first + 1].Start, tokens[first + 1].Length))
        && !tokens[first + 2].IsWord && text[tokens[first + 2].Start] is '’' or '\'' && Is(text, tokens[first + 3], "s");

    private static readonly WordSet Relatives = WordLists.Set("embeddingRelatives");

    /// <summary>
    /// The last token of "the country's spy agency" opened at <paramref name="first"/>: the words up to any punctuation
    /// or relative pronoun ("the territory's health ministry that the UN considers reliable": the UN only vouches).
    /// </summary>
    public static int End(string text, List<Token> tokens, int first)
    {
        var end = first + 3;
        while (end + 1 < tokens.Count && end - first < 8 && tokens[end + 1].IsWord && !char.IsDigit(text[tokens[end + 1].Start])
            && !Relatives.Contains(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length)))
        {
            end++;
        }
        return end;
    }

    /// <summary>The registry body "the country's …" stands for, or null.</summary>
    public static SourceDefinition? Find(string text, int sentenceStart, Attributor anaphor, SourceRegistry registry)
    {
        var tokens = new List<Token>();
        Token.Split(text, anaphor.Start, anaphor.End, tokens);
        if (!Opens(text, tokens, 0) || tokens.Count < 5)
        {
            return null;
        }
        var body = text[tokens[4].Start..anaphor.End];
        if (NamedBefore(text, sentenceStart, anaphor.Start) is not { } country)
        {
            return null;
        }
        foreach (var source in registry.Sources)
        {
            if (source.Country != country)
            {
                continue;
            }
            foreach (var alias in source.Aliases)
            {
                if (alias.EndsWith(" " + body, StringComparison.OrdinalIgnoreCase) && alias.Contains('\''))
                {
                    return source;
                }
            }
        }
        return null;
    }

    /// <summary>The country "the country's" stands for: the last one named from <paramref name="from"/> up to <paramref name="to"/>, or null.</summary>
    public static string? NamedBefore(string text, int from, int to)
    {
        var tokens = new List<Token>();
        Token.Split(text, from, to, tokens);
        string? country = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                country = n.Nationality.Country;
                i += n.Tokens - 1;
            }
        }
        return country;
    }

    private static bool Is(string text, Token t, string word) =>
        t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
