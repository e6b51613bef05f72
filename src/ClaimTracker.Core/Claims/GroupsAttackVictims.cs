namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel launched the war after Hamas carried out its unprecedented terrorist attack, killing some 1,200 people and
/// taking 250 others hostage" (CBS background of a Gaza toll, Unseen65): the people an armed group's attack kills or
/// takes are its targets, not the population of the Gaza story that recalls it, though the sentence names no country
/// (<see cref="AttackedCountrysVictims"/> needs one) and the group is not the killing verb's near agent
/// (<see cref="KillersGroup"/> reads "Hamas gunmen killed 1,200"). The model: the count's clause opens with an
/// outcome participle (populations.json <c>attackOutcomeParticiples</c>) right after a comma that closes an attack noun
/// (<c>groupAttackNouns</c>), and a capitalised armed group (<c>foeGroups</c>) opens the clause of that noun, within a
/// few words and no mark. A group after a preposition ("Israel's attack on Hamas, killing 30") is the target, not read.
/// The golds leave such victims bare ("people in Israel", "hostages"), so the rule only keeps Gaza's people off them.
/// Read by <see cref="OwnPopulation"/>; the recalled attack of the war's start carries no earlier speaker either
/// (<see cref="Background"/>). The attack may also be named after the count's verb ("1,400 people were killed in the
/// Hamas-led attack of October 7", <see cref="KilledInTheGroupsAttack"/>). Golden cases: an_armed_groups_attack_kills_no_gazans,
/// killed_in_the_groups_attack_are_no_gazans,
/// an_attack_on_an_armed_group_keeps_gazas_people, the_recalled_attack_is_no_earlier_speakers_count.
/// </summary>
internal static class GroupsAttackVictims
{
    // "killing some 1,200 people and taking 250": the words between the participle and a later count.
    private const int ClauseWords = 8;

    // "Hamas carried out its unprecedented terrorist attack", "Hamas-led gunmen mounted a cross-border assault": the
    // tokens (hyphens counted) from the group to the noun.
    private const int AgentTokens = 10;

    private static readonly WordSet Groups = WordLists.Set("foeGroups");
    private static readonly WordSet AttackNouns = WordLists.Set("groupAttackNouns");
    private static readonly WordSet Outcomes = WordLists.Set("attackOutcomeParticiples");
    private static readonly WordSet BackgroundActors = WordLists.Set("backgroundAttackActors");

    /// <summary>Whether <paramref name="draft"/> counts the victims of an armed group's attack; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft) =>
        Group(text, tokens, tokens.FindIndex(t => t.Start >= draft.Number.Start)) >= 0
        || KilledInTheGroupsAttack(text, tokens, tokens.FindIndex(t => t.Start >= draft.Number.End));

    // "about 1,400 people were killed in the Hamas-led attack of October 7", "died in Hamas's October 7 attacks": the
    // attack named after the count's own verb, "in" (and "the") then the armed group opening the attack's words, with no
    // mark but a joiner before the attack noun. Unseen71 democracynow and Unseen69 dailystar-live (golds "people in
    // Israel"); "killed in Israel's attack on Hamas" has no group right after "in" and keeps Gaza's people.
    private static bool KilledInTheGroupsAttack(string text, List<Token> tokens, int after)
    {
        var i = after;
        while (i >= 0 && i < tokens.Count && i < after + ClauseWords && tokens[i].IsWord && !Word(text, tokens[i]).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord || !Word(text, tokens[i]).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var group = i + 1 < tokens.Count && Word(text, tokens[i + 1]).Equals("the", StringComparison.OrdinalIgnoreCase) ? i + 2 : i + 1;
        if (group >= tokens.Count || !tokens[group].IsWord || !char.IsUpper(text[tokens[group].Start]) || !Groups.Contains(Word(text, tokens[group])))
        {
            return false;
        }
        for (var j = group + 1; j < tokens.Count && j <= group + AgentTokens && (tokens[j].IsWord || KillersGroup.IsJoiner(text[tokens[j].Start])); j++)
        {
            if (tokens[j].IsWord && AttackNouns.Contains(Word(text, tokens[j])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the figure at <paramref name="figure"/> counts the victims of an attack by a group the writer recalls as
    /// the war's background (attribution.json <c>backgroundAttackActors</c>: Hamas's of 7 October), so it inherits no
    /// earlier speaker (<see cref="WarsOwnToll"/>): "according to the health ministry. ¶ Israel launched the war after
    /// Hamas carried out its … attack, killing some 1,200 people" is not the ministry's count.
    /// </summary>
    public static bool Background(string text, Sentence sentence, int figure)
    {
        // The group's clause ends at a comma token before the figure (Group): a sentence with no comma before it is
        // answered without splitting it into a new list (branch `speed48`). A comma inside a figure ("1,200") is part
        // of a word token, so this only lets more through, never fewer.
        if (!text.AsSpan(sentence.Start, Math.Max(0, Math.Min(figure, sentence.End) - sentence.Start)).Contains(','))
        {
            return false;
        }
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var group = Group(text, tokens, tokens.FindIndex(t => t.Start >= figure));
        return group >= 0 && BackgroundActors.Contains(Word(text, tokens[group]));
    }

    // The token of the armed group whose attack the count at token <paramref name="count"/> tells the outcome of, or -1.
    private static int Group(string text, List<Token> tokens, int count)
    {
        var comma = count - 1;
        while (comma >= 0 && comma >= count - 1 - ClauseWords && tokens[comma].IsWord)
        {
            comma--;
        }
        if (count < 0 || comma < 1 || comma + 1 >= count || text[tokens[comma].Start] != ',' || !tokens[comma - 1].IsWord
            || !Outcomes.Contains(Word(text, tokens[comma + 1])) || !AttackNouns.Contains(Word(text, tokens[comma - 1])))
        {
            return -1;
        }
        for (var i = comma - 2; i >= 0 && i >= comma - 1 - AgentTokens && (tokens[i].IsWord || KillersGroup.IsJoiner(text[tokens[i].Start])); i--)
        {
            if (tokens[i].IsWord && char.IsUpper(text[tokens[i].Start]) && Groups.Contains(Word(text, tokens[i])))
            {
                return KillersGroup.OpensClause(text, tokens, i) ? i : -1;
            }
        }
        return -1;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
