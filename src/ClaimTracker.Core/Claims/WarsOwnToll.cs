namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The war, now in its third year, has killed tens of thousands of people"; "the deadliest since the 2006 war, in
/// which about 1,200 people died": a figure whose clause belongs to the war itself is the war's whole toll, the
/// writer's background, so it inherits no speaker from the sentences before (attribution.json warNouns, warTollVerbs,
/// warClauseWords). A frame of its own ("…, according to the United Nations") still credits it. Golden case:
/// a_wars_own_toll_carries_no_speaker.
/// </summary>
internal static class WarsOwnToll
{
    private static readonly WordSet Wars = WordLists.Set("warNouns");
    private static readonly WordSet Verbs = WordLists.Set("warTollVerbs");
    private static readonly WordSet Clause = WordLists.Set("warClauseWords");

    /// <summary>Whether the figure starting at <paramref name="figure"/> is told as the war's own toll.</summary>
    public static bool Holds(string text, Sentence sentence, int figure)
    {
        if (figure <= sentence.Start || figure > sentence.End)
        {
            return false;
        }
        var war = LastWar(text, sentence.Start, figure);
        if (war < 0)
        {
            return false;
        }
        var p = SkipAside(text, war, figure);
        // The words between the war and its figure: "has killed", "in which about", "which has left some".
        var tolled = false;
        while (NextWord(text, ref p, figure) is var (start, end) && end > start)
        {
            var word = text.AsSpan(start, end - start);
            if (Verbs.Contains(word) || word.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                tolled = true;
            }
            else if (!Clause.Contains(word))
            {
                return false;
            }
        }
        return tolled && !text.AsSpan(war, figure - war).ContainsAny('.', ';', ':');
    }

    // The end of the last war noun before the figure, or -1.
    private static int LastWar(string text, int from, int figure)
    {
        var found = -1;
        var p = from;
        while (NextWord(text, ref p, figure) is var (start, end) && end > start)
        {
            if (Wars.Contains(text.AsSpan(start, end - start)))
            {
                found = end;
            }
        }
        return found;
    }

    // "The war, now in its third year, has killed": an aside set off by commas is passed over; ", in which" is not an aside.
    private static int SkipAside(string text, int p, int figure)
    {
        if (p >= figure || text[p] != ',')
        {
            return p;
        }
        var close = text.IndexOf(',', p + 1, figure - p - 1);
        var opening = text.AsSpan(p + 1, figure - p - 1).TrimStart();
        return close < 0 || opening.StartsWith("in which", StringComparison.OrdinalIgnoreCase) ? p + 1 : close + 1;
    }

    private static (int Start, int End) NextWord(string text, ref int p, int limit)
    {
        while (p < limit && !char.IsLetter(text[p]))
        {
            p++;
        }
        var start = p;
        while (p < limit && (char.IsLetter(text[p]) || text[p] == '\''))
        {
            p++;
        }
        return (start, p);
    }
}
