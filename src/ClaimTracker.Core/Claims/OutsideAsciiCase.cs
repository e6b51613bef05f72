namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether a character is a letter or has a case mapping (<c>char.IsLetter</c>, or <c>ToUpperInvariant</c> or
/// <c>ToLowerInvariant</c> changes it): the test <see cref="ObservedScene"/> asks of every character outside ASCII in
/// every paragraph's sentences. For a curly quote or a dash, in most news sentences, the answer took two calls into ICU's
/// case tables each time (~0.3 % of the extractor's time on the bench's corpus, branch `speed31`); the answer depends on
/// the character alone, so it is worked out once a character and kept.
/// </summary>
internal static class OutsideAsciiCase
{
    private const byte Unknown = 0, No = 1, Yes = 2;

    // One byte a UTF-16 code unit; written only from Unknown to the one answer, so threads racing on a slot store the same byte.
    private static readonly byte[] Known = new byte[char.MaxValue + 1];

    /// <summary>Whether <paramref name="c"/> is a letter or a cased character (the answer of <see cref="Computed"/>, kept).</summary>
    public static bool IsCased(char c)
    {
        var known = Known[c];
        if (known == Unknown)
        {
            known = Computed(c) ? Yes : No;
            Known[c] = known;
        }
        return known == Yes;
    }

    /// <summary>The answer worked out, for the tests.</summary>
    internal static bool Computed(char c) => char.IsLetter(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c;
}
