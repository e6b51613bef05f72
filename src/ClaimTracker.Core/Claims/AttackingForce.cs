namespace ClaimTracker.Core.Claims;

/// <summary>
/// Military words in a sentence that are not the people a bare count counts: the force that attacks ("Russian forces
/// attacked Kyiv overnight. The number of dead has risen to three", "where Israeli troops have besieged the camp, the
/// civil defence said it had recovered 17 bodies") is the attacker, not its victims; and "military" in a civil body's name
/// ("the head of the Kyiv City Military Administration had reported 16 dead", Ukraine's regional and city military
/// administrations are the civil authorities that report civilian tolls) names no soldiers. Words as data
/// (populations.json <c>attackVerbs</c>, <c>attackAuxiliaries</c>, <c>civilMilitaryBodies</c>). Read by
/// <see cref="PeopleCountReader.MentionsMilitary"/> and by the look back for a bare count's people. Golden cases:
/// attacking_force_is_not_the_counted, military_administration_counts_no_soldiers, quoted_attack_verb_after_the_force.
/// </summary>
internal static class AttackingForce
{
    private const int Auxiliaries = 2;
    private static readonly WordSet AttackVerbs = WordLists.Set("attackVerbs");
    private static readonly WordSet AttackAuxiliaries = WordLists.Set("attackAuxiliaries");
    private static readonly WordSet CivilMilitaryBodies = WordLists.Set("civilMilitaryBodies");

    /// <summary>Whether the military noun at token <paramref name="noun"/> is the subject of an attack verb right after it.</summary>
    public static bool Attacks(string text, List<Token> tokens, int noun)
    {
        // "the war waged by the Israeli forces": the force of a perpetrator's "by" phrase acts too (PerpetratorPhrase).
        if (PerpetratorPhrase.Force(text, tokens, noun))
        {
            return true;
        }
        var next = noun + 1;
        // "Israeli forces "opened fire" at thousands of people": the reporter quotes the statement's verb, and the
        // force still attacks (golden case quoted_attack_verb_after_the_force).
        if (next < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '"' or '\u201C')
        {
            next++;
        }
        for (var a = 0; a <= Auxiliaries && next < tokens.Count && tokens[next].IsWord; a++, next++)
        {
            var word = text.AsSpan(tokens[next].Start, tokens[next].Length);
            if (AttackVerbs.Contains(word))
            {
                return true;
            }
            if (!AttackAuxiliaries.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether "military" at token <paramref name="i"/> is part of a civil body's name ("military administration").</summary>
    public static bool InCivilBodysName(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].IsWord && CivilMilitaryBodies.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length));
}
