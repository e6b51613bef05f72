namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a Lebanese official said", "a senior Iraqi official said": an unnamed official of a country, with no body named,
/// speaks for its government, not for the body of that country the article named last (the health ministry). A named
/// body ("a Ukrainian military official") keeps the nearest body of that country. Golden case:
/// an_unnamed_official_speaks_for_the_government.
/// </summary>
internal static class UnnamedOfficial
{
    private static readonly WordSet Indefinite = new("a", "an");
    private static readonly WordSet Ranks = new("senior", "government");

    /// <summary>Whether the words are "a [senior] NATIONALITY official" and nothing more.</summary>
    public static bool Is(string attributorText)
    {
        var words = attributorText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !Indefinite.Contains(words[0]) || !words[^1].Equals("official", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var word in words.AsSpan(1, words.Length - 2))
        {
            if (!char.IsUpper(word[0]) && !Ranks.Contains(word))
            {
                return false;
            }
        }
        return true;
    }
}
