namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The war, now in its third year, has killed tens of thousands of people"; "the deadliest since the 2006 war, in
/// which about 1,200 people died": a figure whose clause belongs to the war itself is the war's whole toll, the
/// writer's background, so it inherits no speaker from the sentences before (attribution.json warNouns, warTollVerbs,
/// warClauseWords). A frame of its own ("…, according to the United Nations") still credits it. Golden case:
/// a_wars_own_toll_carries_no_speaker. The clause goes on past its first toll ("has killed tens of thousands of people
/// and driven nearly 12.4 million from their homes", warCountWords), the war may carry its sides or place before an
/// aside ("The war between the army and the RSF, which broke out in April 2023, has killed", warPhraseWords), and the
/// attack that began the Gaza war, named by its date, is such background too ("since the Hamas attack of 7 October,
/// when about 1,200 people were killed", backgroundAttackDates, backgroundAttackMarkers). Golden cases:
/// a_wars_toll_goes_on_past_its_first_figure, the_october_7_attack_is_background. So is that attack recalled without
/// its date ("after Hamas carried out its … attack, killing some 1,200 people", <see cref="GroupsAttackVictims.Background"/>).
/// </summary>
internal static class WarsOwnToll
{
    private static readonly WordSet Wars = WordLists.Set("warNouns");
    private static readonly WordSet Verbs = WordLists.Set("warTollVerbs");
    private static readonly WordSet Clause = WordLists.Set("warClauseWords");
    private static readonly WordSet Counts = WordLists.Set("warCountWords");
    private static readonly WordSet Phrase = WordLists.Set("warPhraseWords");
    private static readonly WordSet AttackDates = WordLists.Set("backgroundAttackDates");
    private static readonly WordSet AttackMarkers = WordLists.Set("backgroundAttackMarkers");
    // The attack's actor must be named in the clause: "a strike on October 7 killed four" in a story of that week is news.
    private static readonly WordSet AttackActors = WordLists.Set("backgroundAttackActors");
    // How many words a dated attack's clause may run to its figure: "…, when about 1,200 people were killed in southern Israel and 251".
    private const int AttackReach = 14;
    // How many words the war's sides or place may take: "between the army and the paramilitary Rapid Support Forces".
    private const int PhraseReach = 10;

    /// <summary>Whether the figure starting at <paramref name="figure"/> is told as the war's own toll.</summary>
    public static bool Holds(string text, Sentence sentence, int figure)
    {
        if (figure <= sentence.Start || figure > sentence.End)
        {
            return false;
        }
        if (AfterDatedAttack(text, sentence.Start, figure) || GroupsAttackVictims.Background(text, sentence, figure))
        {
            return true;
        }
        var war = LastWar(text, sentence.Start, figure);
        if (war < 0)
        {
            return false;
        }
        var p = SkipAside(text, SkipPhrase(text, war, figure), figure);
        // The words between the war and its figure: "has killed", "in which about", "which has left some".
        var tolled = false;
        while (NextWord(text, ref p, figure) is var (start, end) && end > start)
        {
            var word = text.AsSpan(start, end - start);
            if (Verbs.Contains(word) || word.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                tolled = true;
            }
            else if (!Clause.Contains(word) && !(tolled && Counts.Contains(word)))
            {
                return false;
            }
        }
        return tolled && !text.AsSpan(war, figure - war).ContainsAny('.', ';', ':');
    }

    // "the Hamas attack of 7 October, when about 1,200 people were killed": the figure follows the attack's date within
    // its clause (no full stop, colon or semicolon) and a word that tells its toll.
    private static bool AfterDatedAttack(string text, int from, int figure)
    {
        var span = text.AsSpan(from, figure - from);
        var dateEnd = -1;
        foreach (var date in AttackDates.Words)
        {
            var at = span.LastIndexOf(date, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + date.Length > dateEnd)
            {
                dateEnd = at + date.Length;
            }
        }
        if (dateEnd < 0 || span[dateEnd..].ContainsAny('.', ';', ':') || !NamesActor(span))
        {
            return false;
        }
        var p = from + dateEnd;
        var words = 0;
        var marked = false;
        while (NextWord(text, ref p, figure) is var (start, end) && end > start)
        {
            marked |= AttackMarkers.Contains(text.AsSpan(start, end - start));
            words++;
        }
        return marked && words <= AttackReach;
    }

    private static bool NamesActor(ReadOnlySpan<char> clause)
    {
        foreach (var actor in AttackActors.Words)
        {
            if (clause.Contains(actor, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // "The war between the army and the RSF, which …": the war's sides or place, up to the comma or the verb's auxiliary.
    private static int SkipPhrase(string text, int war, int figure)
    {
        var p = war;
        var (start, end) = NextWord(text, ref p, figure);
        if (end == start || !Phrase.Contains(text.AsSpan(start, end - start)))
        {
            return war;
        }
        for (var words = 0; words < PhraseReach; words++)
        {
            var before = p;
            if (p < figure && text[p] == ',')
            {
                return p;
            }
            var (s, e) = NextWord(text, ref p, figure);
            if (e == s || text.AsSpan(before, s - before).Contains(','))
            {
                return text.IndexOf(',', before, Math.Max(0, figure - before)) is var c and >= 0 ? c : war;
            }
            if (Clause.Contains(text.AsSpan(s, e - s)))
            {
                return before;
            }
        }
        return war;
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
