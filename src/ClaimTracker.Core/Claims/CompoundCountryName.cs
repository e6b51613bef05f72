namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country whose name is another's with a word before it ("South Sudan"): the registry's aliases that open with the
/// shorter name ("Sudan's army", "Sudan's government") must not match inside the longer one. Read by the alias trie
/// (<see cref="Sources.AliasTrie"/>) for every mention it finds.
/// </summary>
internal static class CompoundCountryName
{
    // attribution.json compoundCountryNames: the longer names, the word before and the shorter name after the first space.
    private static readonly WordSet Names = WordLists.Set("compoundCountryNames");

    /// <summary>
    /// "South Sudan's government", "South Sudan's army": an alias that opens with "Sudan" is another country's body when
    /// the word before it makes the longer name (attribution.json compoundCountryNames), so "Sudan's government" can be
    /// an alias of Sudan's. Golden case: south_sudans_government_is_not_sudans.
    /// </summary>
    public static bool Inside(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00a0')
        {
            end--;
        }
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }
        if (begin == end || end == start)
        {
            return false;
        }
        var before = text.AsSpan(begin, end - begin);
        foreach (var name in Names.Words)
        {
            var space = name.IndexOf(' ');
            if (space > 0 && before.Equals(name.AsSpan(0, space), StringComparison.Ordinal)
                && text.AsSpan(start).StartsWith(name.AsSpan(space + 1), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
