namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli officials count some 1,160 people killed in the Hamas-led raid on southern Israel", "1,200 people died in
/// the October 7 attack on Israel": a count placed "in" an attack whose target is another country counts that
/// country's people, as "killed in Israel" does (<see cref="PlacedInAnotherCountry"/>), though the sentence goes on to
/// Gaza ("…; 104 hostages seized that day remain in Gaza"). The attack's phrase: "the", a few words (the attacker, the
/// date), an attack noun (populations.json <c>attackNouns</c>), a target preposition (<c>targetPrepositions</c>),
/// compass words, then the country. "killed in an Israeli raid on Jenin" names no country after the preposition and
/// is not read. Golden cases: the_raid_on_another_country_names_its_dead, a_raid_on_a_gaza_town_keeps_its_people.
/// </summary>
internal static class RaidOnAnotherCountry
{
    // "the Hamas - led raid", "the Oct . 7 , 2023 , attack": tokens between "the" and the attack noun.
    private const int AttackWords = 9;
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet TargetPrepositions = WordLists.Set("targetPrepositions");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");

    /// <summary>The country the attack phrase opening at <paramref name="first"/> ("the … raid on southern Israel") targets, or null.</summary>
    public static Nationality? Target(string text, List<Token> tokens, int first)
    {
        if (first >= tokens.Count || !IsWord(text, tokens[first], "the"))
        {
            return null;
        }
        var noun = first + 1;
        while (noun < tokens.Count && noun <= first + AttackWords && !(tokens[noun].IsWord && AttackNouns.Contains(Word(text, tokens[noun]))))
        {
            noun++;
        }
        var at = noun + 1;
        if (at >= tokens.Count || noun > first + AttackWords || !tokens[at].IsWord || !TargetPrepositions.Contains(Word(text, tokens[at])))
        {
            return null;
        }
        at++;
        while (at < tokens.Count && tokens[at].IsWord && CompassWords.Contains(Word(text, tokens[at])))
        {
            at++;
        }
        return at < tokens.Count ? CiviliansInACountry.CountryAt(text, tokens, at) : null;
    }

    private static bool IsWord(string text, Token token, string word) => token.IsWord && Word(text, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
