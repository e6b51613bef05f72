namespace ClaimTracker.Core.Claims;

/// <summary>
/// A word's possessive ending, straight or curly ("Odesa's", "Odesa’s"): the rules that read names, places and owners
/// read past it or stop at it, and each used to spell both endings out.
/// </summary>
internal static class Possessive
{
    public static bool Ends(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>"Odesa's" → "Odesa"; a word without the ending is itself.</summary>
    public static string Without(string word) => Ends(word) ? word[..^2] : word;
}
