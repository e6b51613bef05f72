namespace ClaimTracker.Core.Claims;

/// <summary>
/// "200,000 Israelis", "about 3,000 Ukrainians": a people named by its plural noun, the counted people themselves,
/// against "Lebanon" or "Gaza" named by the country's own name, which places them ("near the Gaza and Lebanon
/// borders"). <see cref="AnaphorResolver"/> reads the government that counts a people from the people, not from a
/// border beside their homes (Unseen78 timesofisrael-bank-of-israel-war-workers-absent-cost; golden case
/// government_of_the_people_before_the_border_named).
/// </summary>
internal static class PeopleNamedAsSuch
{
    /// <summary>Whether the nationality at token <paramref name="index"/> is its people's plural noun ("Israelis").</summary>
    public static bool Is(string text, List<Token> tokens, int index, (Nationality Nationality, int Tokens) found)
    {
        var words = Words(text, tokens, index, found.Tokens);
        var adjective = found.Nationality.Adjective;
        return words.Length > adjective.Length && words.EndsWith('s') && words.StartsWith(adjective, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the nationality at token <paramref name="index"/> is named by no form of its adjective ("Lebanon", "Kyiv").</summary>
    public static bool IsCountrysName(string text, List<Token> tokens, int index, (Nationality Nationality, int Tokens) found) =>
        !Words(text, tokens, index, found.Tokens).StartsWith(found.Nationality.Adjective, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Words(string text, List<Token> tokens, int index, int count) =>
        text.AsSpan(tokens[index].Start, tokens[index + count - 1].End - tokens[index].Start);
}
