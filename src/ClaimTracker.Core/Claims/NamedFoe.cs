namespace ClaimTracker.Core.Claims;

/// <summary>
/// An army counting a named enemy counts that group's fighters, not its own soldiers nor its usual opponent's: "about 16
/// Radwan commanders had been killed alongside him", "it has killed some 9,000 Hamas operatives", "eight fighters from
/// the Radwan unit", "a building where the Hezbollah fighters had pulled back to, killing about 20 of them". The gold
/// sets give such counts the group, which names no nation ("Hezbollah fighters", "Hamas fighters"), so the count keeps
/// none. The group is one of populations.json <c>foeGroups</c>, capitalised, right before the count's noun, after it
/// behind a link word and "the" (<c>foeGroupLinks</c>), or before its own unit word ("Radwan Force fighters";
/// <c>foeGroupUnits</c>), or before "N of them" as the noun "them" points back to.
/// Read by <see cref="OwnPopulation"/>. Golden case: an_army_counting_a_named_enemy.
/// </summary>
internal static class NamedFoe
{
    private static readonly WordSet Groups = WordLists.Set("foeGroups");
    private static readonly WordSet Links = WordLists.Set("foeGroupLinks");
    private static readonly WordSet Units = WordLists.Set("foeGroupUnits");
    private static readonly WordSet FoeNouns = WordLists.Set("foeNouns");

    /// <summary>
    /// When the count's people are a named armed group's, takes away any nation a sentence before or the speaker's side
    /// gave them and says so: the count is settled, with none.
    /// </summary>
    public static bool Settles(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (!Counted(text, tokens, draft))
        {
            return false;
        }
        draft.Nationalities = [];
        return true;
    }

    /// <summary>Whether the count's people are a named armed group's, by the words around its noun.</summary>
    public static bool Counted(string text, List<Token> tokens, ClaimDraft draft)
    {
        var word = draft.NounWord ?? draft.Noun;
        var number = CountToken.At(tokens, draft.Number.End);
        if (number < 0)
        {
            return false;
        }
        if (Is(text, tokens, number, "of") && Is(text, tokens, number + 1, "them"))
        {
            // "the Hezbollah fighters had pulled back to, killing about 20 of them": the last fighters' noun before the count.
            var before = FightersNounBefore(text, tokens, number, draft.Number.Start);
            return before > 0 && GroupAt(text, tokens, before - 1);
        }
        var noun = NounNear(text, tokens, number, word);
        if (noun < 0 || NationWritten(text, tokens, number, noun))
        {
            return false;
        }
        return GroupAt(text, tokens, noun - 1) || GroupAfter(text, tokens, noun + 1);
    }

    // The last fighters' noun at or before token `from` that ends by `end`, or -1, as FindLastIndex(from, …) gave it. A
    // loop, not a lambda: its closure over the draft was made on every call, not only after "of them" (branch `speed27`).
    private static int FightersNounBefore(string text, List<Token> tokens, int from, int end)
    {
        for (var i = from; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.IsWord && t.End <= end && IsFightersNoun(text, t))
            {
                return i;
            }
        }
        return -1;
    }

    // The count's noun within three words after its number, or -1: one further on is no noun of the count's, so the
    // search stops there rather than walking the rest of the sentence for every count (branch `speed24`).
    private static int NounNear(string text, List<Token> tokens, int number, string word)
    {
        for (var k = number; k < tokens.Count && k <= number + 3; k++)
        {
            if (tokens[k].IsWord && IsWord(text, tokens[k], word))
            {
                return k;
            }
        }
        return -1;
    }

    // "12 Palestinian Islamic Jihad militants": a nation in the count's own words stands.
    private static bool NationWritten(string text, List<Token> tokens, int from, int noun)
    {
        for (var k = from; k < noun; k++)
        {
            if (Nationality.At(text, tokens, k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFightersNoun(string text, Token t) =>
        ClaimLexicon.MilitaryNouns.Contains(Word(text, t)) || ClaimLexicon.IrregularNouns.Contains(Word(text, t)) || FoeNouns.Contains(Word(text, t));

    // "eight fighters from the Radwan unit", "members of Hamas".
    private static bool GroupAfter(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || !Links.Contains(Word(text, tokens[k])))
        {
            return false;
        }
        var group = Is(text, tokens, k + 1, "the") ? k + 2 : k + 1;
        return GroupAt(text, tokens, group);
    }

    // "Radwan commanders", "Hamas operatives", and through the group's own unit word, "Radwan Force fighters".
    private static bool GroupAt(string text, List<Token> tokens, int k) =>
        IsGroup(text, tokens, k) || (IsCapital(text, tokens, k) && Units.Contains(Word(text, tokens[k])) && IsGroup(text, tokens, k - 1));

    private static bool IsGroup(string text, List<Token> tokens, int k) => IsCapital(text, tokens, k) && Groups.Contains(Word(text, tokens[k]));

    private static bool IsCapital(string text, List<Token> tokens, int k) =>
        k >= 0 && k < tokens.Count && tokens[k].IsWord && char.IsUpper(text[tokens[k].Start]);

    private static bool Is(string text, List<Token> tokens, int k, string word) =>
        k < tokens.Count && tokens[k].IsWord && IsWord(text, tokens[k], word);

    private static bool IsWord(string text, Token t, string word) => text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
