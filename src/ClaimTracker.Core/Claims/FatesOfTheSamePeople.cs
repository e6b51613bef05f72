namespace ClaimTracker.Core.Claims;

/// <summary>
/// Two fates of the same people: in "a Ukrainian unit said it killed 63 and wounded 35 North Korean soldiers" the
/// noun phrase after the second count is the first count's too, nationality and all, as in "killed 40 and captured 12
/// Russian troops" or "killed 6 and injured 19 civilians". A count with no noun of its own, joined to the next count of
/// its sentence by "and" (a comma before it allowed) and a fate verb (the killed, wounded, captured, detained,
/// displaced and evacuated lists), with at most a qualifier between the verb and the next number, takes that count's
/// people, over any it took from the sentences before ("its troops had killed 22, and captured 7 Russian troops" after
/// a sentence about North Koreans). Without it the first count fell to the speaker's side, to the people before or to
/// a bare "troops" while the second kept the nation the sentence gives (the nationality reached the nearer count
/// only). Runs before the speaker's side and the place's population are given. Golden cases: two_fates_of_the_same_people, two_fates_with_their_own_nouns.
/// </summary>
internal static class FatesOfTheSamePeople
{
    // "and wounded at least 35": the joining word, the verb and a qualifier of up to three words.
    private const int MaxBetween = 6;
    private static readonly WordSet[] FateVerbs =
        [ClaimLexicon.Killed, ClaimLexicon.Wounded, ClaimLexicon.KilledOrWounded, ClaimLexicon.Captured, ClaimLexicon.Detained, ClaimLexicon.Displaced, ClaimLexicon.Evacuated];

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var (first, second) = (drafts[i], drafts[i + 1]);
            if (first.Sentence != second.Sentence || second.NounWord is null
                || JoiningVerb(text, sentenceTokens.Of(first.Sentence), first, second) is not { } verb
                || (first.NounWord is not null && !first.NounWord.Equals(verb, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            first.Noun = second.Noun;
            first.NounWord = second.NounWord;
            first.Military = second.Military;
            first.Nationalities = second.Nationalities;
        }
    }

    // The fate verb that joins the two counts ("and wounded"), or null when anything else stands between them.
    private static string? JoiningVerb(string text, List<Token> tokens, ClaimDraft first, ClaimDraft second)
    {
        var from = tokens.FindIndex(t => t.Start >= first.Number.End);
        var to = tokens.FindIndex(t => t.Start >= second.Number.Start);
        if (from < 0 || to < 0 || to - from > MaxBetween)
        {
            return null;
        }
        if (!tokens[from].IsWord && text[tokens[from].Start] == ',')
        {
            from++;
        }
        if (from + 1 >= to || !Is(text, tokens[from], "and") || !tokens[from + 1].IsWord)
        {
            return null;
        }
        for (var i = from + 2; i < to; i++)
        {
            if (!tokens[i].IsWord)
            {
                return null;
            }
        }
        var verb = text.Substring(tokens[from + 1].Start, tokens[from + 1].Length);
        return Array.Exists(FateVerbs, set => set.Contains(verb)) ? verb : null;
    }

    private static bool Is(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
