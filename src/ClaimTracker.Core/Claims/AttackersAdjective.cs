namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian attacks on Ukrainian cities killed at least 14 civilians", "Kursk region came under Ukrainian drone attack
/// …, adding that three civilians had been killed": a nationality adjective before an attack (a strike, shelling, a
/// drone attack, a drone or missile itself) names the attackers, not the people the sentence counts nor where they are, so the victims take the
/// country named as the place (populations.json <c>attackNouns</c>, with <c>attackModifiers</c> between). Read by
/// <see cref="OwnPopulation"/>. Golden cases: attackers_adjective_is_not_the_victims.
/// </summary>
internal static class AttackersAdjective
{
    private const int Modifiers = 2;
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet AttackModifiers = WordLists.Set("attackModifiers");

    /// <summary>Whether the nationality named by the <paramref name="count"/> tokens at <paramref name="i"/> is an attack's.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        var next = i + count;
        // "Russia's drone attack": the possessive owns the attack as the adjective does.
        if (next + 1 < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '\'' or '’'
            && text.AsSpan(tokens[next + 1].Start, tokens[next + 1].Length).Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            next += 2;
        }
        for (var m = 0; m <= Modifiers && next < tokens.Count && tokens[next].IsWord; m++, next++)
        {
            var word = text.AsSpan(tokens[next].Start, tokens[next].Length);
            if (AttackNouns.Contains(word))
            {
                return true;
            }
            if (!AttackModifiers.Contains(word))
            {
                return false;
            }
        }
        return false;
    }
}
