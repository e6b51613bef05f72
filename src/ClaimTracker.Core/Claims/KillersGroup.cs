namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The war began when Hamas-led militants killed around 1,200 people in the Oct. 7, 2023, attack", "Hamas gunmen killed
/// roughly 1,180 people in the attack of Oct. 7": the agent of the killing verb that governs a count is not the people
/// it counts. When that agent is an armed group (populations.json <c>foeGroups</c>, capitalised, within a few tokens
/// before a verb of <c>killerVerbs</c> that stands right before the count, qualifiers between), the victims are the
/// group's targets, so a Gaza story's Palestinians are kept off them; the golds leave the October 7 dead bare ("people
/// in Israel"), and <see cref="AttackedCountrysVictims"/> and <see cref="PlacedInAnotherCountry"/> only see the victims
/// when the sentence names Israel. The group must open its clause (a mark, the sentence's start or a word of
/// <c>clauseOpeners</c> before it, a determiner aside): one inside the agent phrase ("strikes on Hamas positions killed
/// 30 people", "Israeli strike aimed at Hamas military chief kills at least 85", Unseen16 reuters-gaza-mawasi) is the
/// target, not the agent, and is not read. Read by <see cref="OwnPopulation"/>.
/// Golden cases: an_armed_groups_victims_are_not_gazas, a_strike_on_a_groups_positions_keeps_gazas_people.
/// </summary>
internal static class KillersGroup
{
    // "killed around 1,200", "killed at least some 1,200": qualifier words between the verb and the count.
    private const int QualifierWords = 3;

    // "Hamas - led militants killed", "Hamas ' s gunmen killed": the group's tokens before the verb.
    private const int AgentTokens = 5;

    private static readonly WordSet Groups = WordLists.Set("foeGroups");
    private static readonly WordSet KillerVerbs = WordLists.Set("killerVerbs");
    private static readonly WordSet ClauseOpeners = WordLists.Set("clauseOpeners");
    private static readonly WordSet Determiners = WordLists.Set("determiners");
    private static readonly WordSet AttackerNouns = WordLists.Set("attackerNouns");
    private static readonly WordSet Prepositions = WordLists.Set("targetedPrepositions");

    /// <summary>Whether an armed group is the agent of the verb that kills <paramref name="draft"/>'s count; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Named(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = tokens.FindIndex(t => t.Start >= draft.Number.Start);
        var verb = count - 1;
        while (verb >= 0 && verb >= count - 1 - QualifierWords && tokens[verb].IsWord && !KillerVerbs.Contains(Word(text, tokens[verb])))
        {
            verb--;
        }
        if (count <= 0 || verb < 0 || !tokens[verb].IsWord || !KillerVerbs.Contains(Word(text, tokens[verb])))
        {
            return false;
        }
        for (var i = verb - 1; i >= 0 && i >= verb - AgentTokens && (tokens[i].IsWord || IsJoiner(text[tokens[i].Start])); i--)
        {
            if (tokens[i].IsWord && char.IsUpper(text[tokens[i].Start]) && Groups.Contains(Word(text, tokens[i])))
            {
                return OpensClause(text, tokens, i);
            }
        }
        return TheAttackers(text, tokens, verb);
    }

    // "Israel says the militants killed more than 1,200 people", "the gunmen killed some 1,160 people that day": the group
    // named again by its fighters' noun (populations.json <c>attackerNouns</c>) after "the", right before the verb, is
    // the same agent; after a preposition ("strikes on the militants killed 30 people") it is the target, not read.
    // Golden cases: the_attackers_named_again_kill_no_gazans, a_strike_on_the_militants_keeps_gazas_people.
    private static bool TheAttackers(string text, List<Token> tokens, int verb)
    {
        var noun = verb - 1;
        if (noun < 1 || !tokens[noun].IsWord || !AttackerNouns.Contains(Word(text, tokens[noun])) || !tokens[noun - 1].IsWord
            || !Word(text, tokens[noun - 1]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return noun < 2 || !tokens[noun - 2].IsWord || !Prepositions.Contains(Word(text, tokens[noun - 2]));
    }

    internal static bool IsJoiner(char c) => c is '-' or '\'' or '’';

    /// <summary>
    /// Whether the group at token <paramref name="group"/> opens its clause ("when Hamas-led militants killed", "Hamas
    /// gunmen killed"): nothing but a clause opener (or a determiner) before it, so it is an agent, not a target.
    /// </summary>
    internal static bool OpensClause(string text, List<Token> tokens, int group)
    {
        var p = group - 1;
        if (p >= 0 && tokens[p].IsWord && Determiners.Contains(Word(text, tokens[p])))
        {
            p--;
        }
        return p < 0 || !tokens[p].IsWord || ClauseOpeners.Contains(Word(text, tokens[p]));
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
