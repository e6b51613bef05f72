namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel says more than 70 soldiers and about 45 civilians have been killed on its side since October 2023": a side
/// named by a possessive pronoun (populations.json <c>sidePronouns</c>) is the side of the country the sentence names
/// before it, as "on the Israeli side" is (<see cref="SidesPeople"/>); the speaker's country ("Israel says") would
/// otherwise only estimate the count, leaving the soldiers to the story's country. Two countries named before the
/// pronoun leave it unread. Golden cases: PronounsSideTests.
/// </summary>
internal static class PronounsSide
{
    private static readonly WordSet Pronouns = WordLists.Set("sidePronouns");
    private static readonly WordSet SideWords = WordLists.Set("sideWords");

    /// <summary>The nation whose side "on its side" at token <paramref name="i"/> names, or null.</summary>
    public static Nationality? At(string text, List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !IsWord(text, tokens[i], "on") || !tokens[i + 1].IsWord || !Pronouns.Contains(Word(text, tokens[i + 1]))
            || !tokens[i + 2].IsWord || !SideWords.Contains(Word(text, tokens[i + 2])))
        {
            return null;
        }
        Nationality? owner = null;
        for (var k = 0; k < i; k++)
        {
            if (Nationality.At(text, tokens, k) is not { } found)
            {
                continue;
            }
            var nation = Nationality.OfCountry(found.Nationality.Country.Split('-')[0]) ?? found.Nationality;
            if (owner is not null && owner.Country != nation.Country)
            {
                return null;
            }
            (owner, k) = (nation, k + found.Tokens - 1);
        }
        return owner;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static bool IsWord(string text, Token token, string word) => token.IsWord && Word(text, token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
