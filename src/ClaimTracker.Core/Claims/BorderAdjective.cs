namespace ClaimTracker.Core.Claims;

/// <summary>
/// A people's adjective before a border word names a line on the map, neither a people the sentence counts nor the
/// place its count stands in: "Lebanon's army said two personnel were killed Thursday ..., the latest deadly incident
/// for Lebanese troops near the Israeli border" (Unseen45 brecorder-afp-naqoura, gold Lebanese troops) counts the
/// army's own, as the same sentence without the border does; and "three civilians were killed near the Russian border"
/// in Sumy are not Russia's, nor placed in Russia. Wire copy names fronts this way in every conflict the sets cover
/// ("the Lebanese border", "the Ukrainian border", "the Egyptian border"). A word for those who guard it after the
/// border word ("Russian border guards", populations.json <c>borderForces</c>) keeps the adjective theirs. Read by
/// <see cref="OwnPopulation.ReadPeople"/>. Golden case: a_border_named_by_its_nation_counts_no_one.
/// </summary>
internal static class BorderAdjective
{
    private static readonly WordSet BorderWords = WordLists.Set("borderWords");
    private static readonly WordSet BorderForces = WordLists.Set("borderForces");

    /// <summary>Whether the nationality named by the <paramref name="count"/> tokens at <paramref name="i"/> is a border's adjective.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        var next = i + count;
        // "the Israeli-Lebanese border": a second adjective joined by a hyphen names the same line.
        while (next + 1 < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] == '-' && tokens[next + 1].IsWord && Nationality.At(text, tokens, next + 1) is { } joined)
        {
            next += 1 + joined.Tokens;
        }
        if (next >= tokens.Count || !tokens[next].IsWord || !char.IsLower(text[tokens[next].Start]) || !BorderWords.Contains(Word(text, tokens[next])))
        {
            return false;
        }
        return next + 1 >= tokens.Count || !tokens[next + 1].IsWord || !BorderForces.Contains(Word(text, tokens[next + 1]));
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
