namespace ClaimTracker.Core.Claims;

/// <summary>
/// A region named only as the speaker's jurisdiction: "50 civilians are dead, five of them children, according to the
/// governor of the Donetsk region", "Donetsk Oblast Governor Pavlo Kyrylenko reported", "the Belgorod region's governor
/// said". The region is where the official governs, not a place the count is put in, and a regional official's toll is
/// a home region's toll: the golds keep every such governor's or regional head's civilians bare (the forty-odd regional
/// governor rows across the sets, on either side of the border), so <see cref="RegionCivilians"/> lends the region's
/// country no nation through it. A title word (populations.json <c>jurisdictionTitles</c>) right after the region word
/// ("Oblast Governor", "region's governor") or before "of (the)" and the region ("governor of the Donetsk region")
/// marks the jurisdiction; a region the count's own clause names ("in the Belgorod region") still places it.
/// Golden cases: a_governors_region_lends_no_nation, a_region_placing_the_count_still_does.
/// </summary>
internal static class JurisdictionRegion
{
    private static readonly WordSet Titles = WordLists.Set("jurisdictionTitles");

    /// <summary>Whether the region name at token <paramref name="name"/> (its region word right after) is an official's jurisdiction.</summary>
    public static bool At(string text, List<Token> tokens, int name)
    {
        // "Donetsk Oblast Governor", "the Belgorod region's governor": the title after the region word.
        var after = name + 2;
        if (after + 1 < tokens.Count && !tokens[after].IsWord && text[tokens[after].Start] is '\'' or '’' && Is(text, tokens, after + 1, "s"))
        {
            after += 2;
        }
        if (IsTitle(text, tokens, after))
        {
            return true;
        }
        // "the governor of the Donetsk region", "head of Kharkiv region": the title before "of (the)".
        var of = Is(text, tokens, name - 1, "the") ? name - 2 : name - 1;
        return Is(text, tokens, of, "of") && IsTitle(text, tokens, of - 1);
    }

    private static bool IsTitle(string text, List<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && Titles.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length));

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
