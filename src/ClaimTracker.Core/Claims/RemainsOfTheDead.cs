namespace ClaimTracker.Core.Claims;

/// <summary>
/// "police had identified 29 of the bodies", "rescuers recovered 12 of the remains": a part of the bodies is the dead
/// themselves, people, whoever handles them; the police or soldiers before the count are not whose people they are
/// (the count had taken "police" for its noun, and then the minister's country: "Ukrainian troops"). Only a count with no
/// people given yet, and only bodies not followed by "of" ("the bodies of 28 hostages" names its own). Read before the
/// other subject rules, so a Gaza toll still becomes Palestinians. metrics.json <c>remainsNouns</c>. Golden case:
/// part_of_the_bodies_is_people. Motivated by Unseen41 pravda-hroza-cafe-strike-syniehubov-klymenko (gold "people").
/// </summary>
internal static class RemainsOfTheDead
{
    private static readonly WordSet Remains = WordLists.Set("remainsNouns");
    private static readonly WordSet Determiners = WordLists.Set("remainsDeterminers");

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        foreach (var draft in drafts)
        {
            if (draft.Nationalities.Count == 0 && draft.Noun != "people" && PartOfRemains(text, sentenceTokens.Of(draft.Sentence), draft))
            {
                (draft.Noun, draft.NounWord, draft.Military) = ("people", null, false);
            }
        }
    }

    private static bool PartOfRemains(string text, List<Token> tokens, ClaimDraft draft)
    {
        var of = tokens.FindIndex(t => t.Start >= draft.Number.End);
        if (of < 0 || !Is(text, tokens, of, "of"))
        {
            return false;
        }
        var noun = of + 1 < tokens.Count && tokens[of + 1].IsWord && Determiners.Contains(Word(text, tokens[of + 1])) ? of + 2 : of + 1;
        return noun < tokens.Count && tokens[noun].IsWord && Remains.Contains(Word(text, tokens[noun])) && !Is(text, tokens, noun + 1, "of");
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i < tokens.Count && tokens[i].IsWord && Word(text, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);
}
