namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The IDF said … It came after its forces suffered their deadliest day on the Lebanese front, with nine soldiers
/// killed", "Israel said its troops had endured a deadly day in Gaza, with six soldiers killed": a possessive before a
/// military noun, earlier in the count's own sentence, names the speaker's own forces, so the soldiers counted after it
/// are the speaker's nation's even where the sentence also names the front by another nation ("the Lebanese front").
/// Asked by <see cref="OwnPopulation"/> only for a military or government speaker with a country. Golden case:
/// its_forces_with_soldiers_killed (and its negative control, no possessive before the count).
/// Motivated by Unseen42 skynews-beirut-bachoura-strike-health-society (nine soldiers: gold Israeli troops).
/// </summary>
internal static class OwnForcesBefore
{
    private static readonly WordSet Possessives = WordLists.Set("ownForcesPossessives");

    public static bool At(string text, List<Token> tokens, ClaimDraft draft)
    {
        for (var i = 0; i + 1 < tokens.Count && tokens[i + 1].Start < draft.Number.Start; i++)
        {
            if (tokens[i].IsWord && tokens[i + 1].IsWord && Possessives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
                && ClaimLexicon.MilitaryNouns.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                return true;
            }
        }
        return false;
    }
}
