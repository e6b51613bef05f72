namespace ClaimTracker.Core.Claims;

/// <summary>
/// Prisoners a release frees are the people the article says are held, not the releasing state's (issue 10, subject):
/// in a story that writes "released Palestinian prisoners", "Israel's prison service said it had freed 1,968 prisoners
/// …, 250 of them serving life sentences" and "1,968 prisoners were due for release" count Palestinian prisoners, where
/// the state before the verb lent its own nation (Israeli) or none was given (Unseen6 aljazeera-gaza-ceasefire-live,
/// Unseen35 newslooks, as the golds annotate every Gaza exchange). Read after the other subject rules, only for counts
/// of prisoners or detainees (populations.json <c>prisonerNouns</c>) in a sentence with a release word (metrics.json
/// <c>releaseListVerbs</c>): a count with no nation, or with only the nation named right before the release verb. The
/// held people are the one nation the article writes before a prisoner noun; a swap story that names both sides'
/// prisoners ("Ukrainian and Russian prisoners") gives none. Golden case: freed_prisoners_are_the_held_peoples.
/// </summary>
internal static class ReleasedPrisoners
{
    private const int NationWords = 3;
    private static readonly WordSet PrisonerNouns = WordLists.Set("prisonerNouns");
    private static readonly WordSet ReleaseWords = WordLists.Set("releaseListVerbs");

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        if (!drafts.Exists(d => PrisonerNouns.Contains(d.Noun)) || HeldPeople(text) is not { } held)
        {
            return;
        }
        foreach (var draft in drafts)
        {
            if (PrisonerNouns.Contains(draft.Noun) && draft.Nationalities.Count <= 1 && !draft.Nationalities.Contains(held)
                && Released(text, sentenceTokens.Of(draft.Sentence), draft, out var releaser)
                && (draft.Nationalities.Count == 0 || draft.Nationalities[0] == releaser))
            {
                draft.Nationalities = [held];
            }
        }
    }

    // Whether the count's sentence has a release word; the releaser is the nation last named before such a word that
    // comes before the count ("Israel freed 90", "Israel's prison service said it had freed 1,968").
    private static bool Released(string text, List<Token> tokens, ClaimDraft draft, out string? releaser)
    {
        releaser = null;
        string? named = null;
        var released = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                named = tokens[i].Start < draft.Number.Start ? n.Nationality.Adjective : named;
                i += n.Tokens - 1;
            }
            else if (tokens[i].IsWord && ReleaseWords.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                released = true;
                releaser = tokens[i].Start < draft.Number.Start ? named : releaser;
            }
        }
        return released;
    }

    // The one nation the article writes right before a prisoner noun ("Palestinian prisoners"), or null.
    private static string? HeldPeople(string text)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        string? held = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !PrisonerNouns.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                continue;
            }
            for (var s = Math.Max(0, i - NationWords); s < i; s++)
            {
                if (Nationality.At(text, tokens, s) is { } n && s + n.Tokens == i)
                {
                    if (held is not null && held != n.Nationality.Adjective)
                    {
                        return null;
                    }
                    held = n.Nationality.Adjective;
                }
            }
        }
        return held;
    }
}
