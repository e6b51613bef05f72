namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The toll of the war waged by the Israeli occupation forces … has risen to 52,908 martyrs", "the toll of the raids
/// carried out by the army": the force or nation in a "by" phrase is who waged the war or carried out the attack, never
/// the people a count of the sentence counts (Unseen72 unaoic-wafa-gaza-toll-52908-martyrs read "troops"). The phrase
/// is "by", an article, the nation and up to <see cref="Modifiers"/> describing words, then the force noun. A "by"
/// after a verb of suffering ("the losses suffered by Russian forces", counts.json <c>experiencerVerbs</c>) names whose
/// the losses are, and stays theirs; a fate's own agent ("killed by Israeli forces") is left to the count's passive
/// rules. Read by <see cref="AttackingForce.Attacks"/> (so a bare count's look back and
/// <see cref="PeopleCountReader.MentionsMilitary"/> pass the force over) and by <see cref="NationalityBeforeCount"/>.
/// Golden cases: the_force_that_waged_the_war_is_not_the_counted, losses_suffered_by_a_force_are_its_own.
/// </summary>
internal static class PerpetratorPhrase
{
    // "the Israeli occupation forces": words between the article or nation and the force noun.
    private const int Modifiers = 2;
    private static readonly WordSet SufferingVerbs = WordLists.Set("experiencerVerbs");
    private static readonly WordSet Articles = new("the", "a", "an");

    /// <summary>Whether the force noun at token <paramref name="noun"/> closes a perpetrator's "by" phrase.</summary>
    public static bool Force(string text, List<Token> tokens, int noun)
    {
        var i = noun - 1;
        for (var words = 0; i >= 0 && tokens[i].IsWord && words <= Modifiers + 1; i--, words++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return Perpetrates(text, tokens, i);
            }
            if (Articles.Contains(word))
            {
                return i > 0 && Is(text, tokens, i - 1, "by") && Perpetrates(text, tokens, i - 1);
            }
        }
        return false;
    }

    /// <summary>Whether the nation starting at token <paramref name="s"/> stands right after a perpetrator's "by" (an article between).</summary>
    public static bool Nation(string text, List<Token> tokens, int s)
    {
        var by = Is(text, tokens, s - 1, "the") ? s - 2 : s - 1;
        return Is(text, tokens, by, "by") && Perpetrates(text, tokens, by);
    }

    // The "by" at token `by` names who waged or carried out something, unless a verb of suffering stands right before
    // it; nor is it a fate's own agent ("73 civilians … killed by Israeli forces in Lebanon"), which the count's passive
    // rules read (SecondCountOfTheClause.PassiveAgent), and whose sentence the golds read as before (Unseen61
    // lbci-reuters-ohchr-civilians-since-ceasefire: its asides stay without a nation).
    private static bool Perpetrates(string text, List<Token> tokens, int by)
    {
        if (by == 0 || !tokens[by - 1].IsWord)
        {
            return true;
        }
        var before = text.AsSpan(tokens[by - 1].Start, tokens[by - 1].Length);
        return !SufferingVerbs.Contains(before) && !PeopleWords.IsCasualtyWord(before);
    }

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
