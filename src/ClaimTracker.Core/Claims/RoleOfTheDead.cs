namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Israeli military says the ministry's toll is broadly accurate but that more than 16,500 of the dead are
/// fighters", "Israel says 17,000 of those killed were militants": a part of a toll named by its role counts some of the
/// toll's dead, who are the role's (irregular fighters, people.json <c>irregularNouns</c>), not the speaker's soldiers,
/// and they take the people of the latest civilian death toll the article gave a nation (the toll "the dead" refers
/// to). The model: the count, "of the/those" and a dead noun (populations.json <c>deadNouns</c>), a copula, up to two
/// words (a group's name, "mostly"), the role noun. "14 of the dead were children" is a civilian part, read by the noun
/// rules. Runs first in <see cref="ClaimExtractor"/>'s people passes, over any army the story carried to the count.
/// Golden cases: a_part_of_the_toll_named_by_its_role, a_part_of_the_toll_named_as_civilians.
/// </summary>
internal static class RoleOfTheDead
{
    private const int RoleWords = 2;
    private static readonly WordSet DeadNouns = WordLists.Set("deadNouns");
    private static readonly WordSet Copulas = WordLists.Set("copulas");

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (!draft.Military || draft.Metric != Metric.Killed || Role(text, sentenceTokens.Of(draft.Sentence), draft) is not { } role)
            {
                continue;
            }
            draft.Noun = "fighters";
            draft.NounWord = role;
            var toll = d == 0 ? -1 : drafts.FindLastIndex(d - 1, t => !t.Military && t.Metric == Metric.Killed && t.Nationalities.Count == 1);
            draft.Nationalities = toll >= 0 ? drafts[toll].Nationalities : [];
        }
    }

    // The role noun after "N of the dead are", or null.
    private static string? Role(string text, List<Token> tokens, ClaimDraft draft)
    {
        var i = CountToken.At(tokens, draft.Number.End);
        if (i < 0 || !Is(text, tokens, i, "of") || !(Is(text, tokens, i + 1, "the") || Is(text, tokens, i + 1, "those"))
            || !IsIn(text, tokens, i + 2, DeadNouns) || !IsIn(text, tokens, i + 3, Copulas))
        {
            return null;
        }
        for (var r = i + 4; r < tokens.Count && r <= i + 4 + RoleWords && tokens[r].IsWord; r++)
        {
            if (ClaimLexicon.IrregularNouns.Contains(Word(text, tokens[r])))
            {
                return Word(text, tokens[r]).ToString();
            }
        }
        return null;
    }

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i < tokens.Count && tokens[i].IsWord && Word(text, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsIn(string text, List<Token> tokens, int i, WordSet set) => i < tokens.Count && tokens[i].IsWord && set.Contains(Word(text, tokens[i]));

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
