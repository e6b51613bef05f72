namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country a journey starts from is where the dead come back from, not whose they are: "Kim receiving the coffins of
/// 18 soldiers flown back from Russia" counts North Korea's own soldiers, brought home from the war they fought in; read
/// as a place, "Russia" was the sentence's only country and made them "Russian troops" (Unseen54
/// allthenews-yonhap-kim-museum-tree-planting; the same repatriation rite is told as "flag-draped coffins flown back
/// from Russia" in Unseen45 kbs-world and "soldiers repatriated from Russia" in the reports read). Read when the country's
/// name follows "from" (populations.json <c>journeyOrigins</c>) after a journey's participle (<c>journeyParticiples</c>:
/// flown, brought, repatriated …), with "back" or "home" (metrics.json <c>homewardWords</c>) allowed between. The
/// adjective is left alone: "soldiers returned from Russian captivity" is a swap, read by <see cref="Homecoming"/>.
/// Golden case: soldiers_flown_back_from_a_country_are_not_its (negative control: soldiers killed in a country
/// named alone keep that country).
/// </summary>
internal static class JourneysOrigin
{
    private static readonly WordSet Participles = WordLists.Set("journeyParticiples");
    private static readonly WordSet Origins = WordLists.Set("journeyOrigins");
    private static readonly WordSet Homeward = WordLists.Set("homewardWords");

    /// <summary>Whether the country named by the <paramref name="count"/> tokens at <paramref name="i"/> is where a journey started.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count, Nationality nationality)
    {
        var name = text.AsSpan(tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start);
        if (i < 2 || name.Equals(nationality.Adjective, StringComparison.OrdinalIgnoreCase) || !Is(text, tokens[i - 1], Origins))
        {
            return false;
        }
        var verb = Is(text, tokens[i - 2], Homeward) && i >= 3 ? i - 3 : i - 2;
        return Is(text, tokens[verb], Participles);
    }

    private static bool Is(string text, Token token, WordSet words) =>
        token.IsWord && words.Contains(text.AsSpan(token.Start, token.Length));
}
