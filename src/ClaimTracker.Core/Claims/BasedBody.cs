namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Gaza-based health ministry said", "the Kyiv-based ombudsman's office": a place before "-based" right before an
/// anaphor says whose body it is, as "Gaza's health ministry" would (the place read by <see cref="BasedIn"/>). Golden
/// case: based_place_names_the_ministry.
/// </summary>
internal static class BasedBody
{
    /// <summary>The country of "X-based" ending <paramref name="tokens"/> (the words before the anaphor), or null.</summary>
    public static string? Country(string text, List<Token> tokens)
    {
        // The place, the dash and "based" are the last three tokens; a place of two words ("West Bank") the last four.
        for (var i = Math.Max(0, tokens.Count - 4); i < tokens.Count - 1; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n && i + n.Tokens + 2 == tokens.Count && BasedIn.At(text, tokens, i, n.Tokens))
            {
                return n.Nationality.Country;
            }
        }
        return null;
    }
}
