namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The number of Palestinians killed in Gaza … has passed 31,200, the territory's health ministry said": "the
/// territory's X" speaks as "the X" does, for the body of the place the sentence named ("in Gaza") or the dateline's,
/// never for a nationality that only names who struck ("Israeli strikes killed 32 people across the territory, the
/// enclave's health ministry said" keeps no source). Golden cases: territorys_health_ministry,
/// possessive_attributor_keeps_its_possessor.
/// </summary>
internal static class TerritorysBody
{
    private static readonly WordSet TerritoryOwners = WordLists.Set("territoryOwners");

    /// <summary>
    /// Whether the tokens at <paramref name="first"/> read "the territory's" or "the enclave's": "according to the
    /// territory's health ministry" is then walked past the possessive as "citing the country's spy agency" is
    /// (Golden case: according_to_the_territorys_ministry; Unseen11 sky-news-nasser-hospital).
    /// </summary>
    public static bool Opens(string text, List<Token> tokens, int first) =>
        first + 3 < tokens.Count && tokens[first].IsWord && text.AsSpan(tokens[first].Start, tokens[first].Length).Equals("the", StringComparison.OrdinalIgnoreCase)
        && tokens[first + 1].IsWord && TerritoryOwners.Contains(text.AsSpan(tokens[first + 1].Start, tokens[first + 1].Length))
        && !tokens[first + 2].IsWord && text[tokens[first + 2].Start] is '’' or '\''
        && tokens[first + 3].IsWord && text.AsSpan(tokens[first + 3].Start, tokens[first + 3].Length).Equals("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>"the health ministry" for "the territory's health ministry", or null when the words do not open so.</summary>
    public static string? Owned(string words)
    {
        var span = words.AsSpan().Trim();
        if (!span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = span[4..];
        var apostrophe = rest.IndexOfAny('’', '\'');
        if (apostrophe <= 0 || !TerritoryOwners.Contains(rest[..apostrophe]) || !rest[(apostrophe + 1)..].StartsWith("s ", StringComparison.Ordinal))
        {
            return null;
        }
        return "the " + rest[(apostrophe + 3)..].ToString();
    }
}
