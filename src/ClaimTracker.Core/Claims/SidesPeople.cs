namespace ClaimTracker.Core.Claims;

/// <summary>
/// "80 soldiers and 46 civilians were killed on the Israeli side", "some 160 civilians and 40 servicemen have died on
/// the Russian side": a war's side named by its nation's adjective is whose people the counts of its clause are, soldiers
/// and civilians alike (Anadolu and AFP tallies of a two-sided war). One side named in the sentence, before the counts ("On the Israeli
/// side, 45 civilians …") or after them, is theirs; of two sides, the first after the count; "on both sides" names none; "on its side" names the country before it (<see cref="PronounsSide"/>). Read by <see cref="OwnPopulation"/>. Golden case: the_side_names_the_nation.
/// </summary>
internal static class SidesPeople
{
    private static readonly WordSet SideWords = WordLists.Set("sideWords");

    /// <summary>The nation whose side <paramref name="draft"/>'s clause names; <paramref name="tokens"/> are its sentence's.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        // "the deaths of 1,218 people on the Israeli side": "people" stays "people" outside Gaza, as the golds keep it.
        var count = draft.Noun == "people" ? -1 : tokens.FindIndex(t => t.Start >= draft.Number.End);
        Nationality? first = null;
        Nationality? after = null;
        var sides = 0;
        for (var i = 0; count >= 0 && i < tokens.Count; i++)
        {
            if ((SideAt(text, tokens, i) ?? PronounsSide.At(text, tokens, i)) is not { } side || (first is not null && first.Country == side.Country))
            {
                continue;
            }
            (first, sides) = (first ?? side, sides + 1);
            after ??= i >= count ? side : null;
        }
        // "killed 12 on the Russian side and 30 on the Ukrainian side": two sides, the one after the count.
        return sides == 1 ? first : after;
    }

    // "on the Israeli side": the preposition, the article, the nation and the side word.
    internal static Nationality? SideAt(string text, List<Token> tokens, int i)
    {
        if (!Is(text, tokens, i, "on") || !Is(text, tokens, i + 1, "the") || Nationality.At(text, tokens, i + 2) is not { } named)
        {
            return null;
        }
        var side = i + 2 + named.Tokens;
        return side < tokens.Count && tokens[side].IsWord && SideWords.Contains(text.AsSpan(tokens[side].Start, tokens[side].Length))
            ? Nationality.OfCountry(named.Nationality.Country.Split('-')[0]) ?? named.Nationality
            : null;
    }

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i < tokens.Count && tokens[i].IsWord && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
