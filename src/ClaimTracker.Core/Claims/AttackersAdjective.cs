namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian attacks on Ukrainian cities killed at least 14 civilians", "Kursk region came under Ukrainian drone attack
/// …, adding that three civilians had been killed": a nationality adjective before an attack (a strike, shelling, a
/// drone attack, a drone or missile itself) names the attackers, not the people the sentence counts nor where they are, so the victims take the
/// country named as the place (populations.json <c>attackNouns</c>, with <c>attackModifiers</c> between). Read by
/// <see cref="OwnPopulation"/>. Golden cases: attackers_adjective_is_not_the_victims.
/// A war waged on someone is an attack too: "Israel's war on Gaza", "the Israeli aggression on the Gaza Strip" name the
/// attackers, and the place after "on"/"against" (<c>targetPrepositions</c>) is where the counted were, the country
/// whose ministry speaks (wire and agency boilerplate of Gaza tolls; golden case ministry_of_the_war_s_target).
/// A lower-case compass word may stand between ("Israeli strike on south Lebanon sawmill", populations.json
/// <c>compassWords</c>): the place is still the target (Unseen50 naharnet-biyad; golden case
/// strike_on_south_lebanon_places_the_bare_ministry).
/// </summary>
internal static class AttackersAdjective
{
    private const int Modifiers = 2;
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet AttackModifiers = WordLists.Set("attackModifiers");
    private static readonly WordSet TargetPrepositions = WordLists.Set("targetPrepositions");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");

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
        // "The Israeli enemy targeted a car": the enemy that attacks names the attackers as their attack does (EnemyAttacker).
        if (EnemyAttacker.At(text, tokens, next))
        {
            return true;
        }
        // "Israeli troops have besieged the camp": the force that attacks is the attackers' too (AttackingForce).
        if (next < tokens.Count && tokens[next].IsWord && ClaimLexicon.MilitaryNouns.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length))
            && AttackingForce.Attacks(text, tokens, next))
        {
            return true;
        }
        for (var m = 0; m <= Modifiers && next < tokens.Count && tokens[next].IsWord; m++, next++)
        {
            var word = text.AsSpan(tokens[next].Start, tokens[next].Length);
            if (AttackNouns.Contains(word) || (word.Equals("war", StringComparison.OrdinalIgnoreCase) && IsTargetPreposition(text, tokens, next + 1)))
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

    /// <summary>
    /// Whether the nationality or place at <paramref name="i"/> is an attack's target: "war on Gaza", "the aggression on
    /// the Gaza Strip", "offensive against Lebanon" (an attack noun or "war", "on"/"against", perhaps "the").
    /// </summary>
    public static bool IsTarget(string text, List<Token> tokens, int i)
    {
        var p = i - 1;
        if (p >= 0 && tokens[p].IsWord && char.IsLower(text[tokens[p].Start]) && CompassWords.Contains(text.AsSpan(tokens[p].Start, tokens[p].Length)))
        {
            p--;
        }
        if (p >= 0 && tokens[p].IsWord && text.AsSpan(tokens[p].Start, tokens[p].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            p--;
        }
        if (p < 1 || !IsTargetPreposition(text, tokens, p) || !tokens[p - 1].IsWord)
        {
            return false;
        }
        var noun = text.AsSpan(tokens[p - 1].Start, tokens[p - 1].Length);
        return AttackNouns.Contains(noun) || noun.Equals("war", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTargetPreposition(string text, List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord && TargetPrepositions.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length));
}
