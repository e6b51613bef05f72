using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// An army counting what its own strike killed counts the other side: "Russia's Defence Ministry said its forces had
/// struck a restaurant …, killing up to 85 servicemen" are Ukrainian, not Russian. The army is the agent when its own
/// forces or its strike ("its forces", "our troops", "its strike": populations.json <c>ownAgentOwners</c> +
/// <c>ownAgentNouns</c>/<c>attackNouns</c>) or the army itself ("it killed", "we had killed") come before a killing verb
/// (<c>agentKillVerbs</c>) that leads the count. Then the soldiers are the army's opponent (<c>opponents</c>); an army
/// with no listed opponent keeps the reading of <see cref="OwnPopulation"/>, and a count after the verb ("12 soldiers were
/// killed") is still the army's own. Golden case: an_armys_own_strike_counts_the_other_side.
/// </summary>
internal static class ArmysOwnStrike
{
    private const int LeadWords = 4;
    private const int AgentReach = 25;
    private static readonly WordSet Owners = WordLists.Set("ownAgentOwners");
    private static readonly WordSet AgentNouns = WordLists.Set("ownAgentNouns");
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet Pronouns = WordLists.Set("ownAgentPronouns");
    private static readonly WordSet KillVerbs = WordLists.Set("agentKillVerbs");

    /// <summary>The opponent of the counting army when its own strike killed the counted, else null.</summary>
    public static Nationality? Foe(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Noun != "troops" || draft.Source is not { Kind: SourceKind.Military or SourceKind.Government, Country: { } country }
            || Nationality.OfCountry(country) is not { } army)
        {
            return null;
        }
        var first = tokens.FindIndex(t => t.Start >= draft.Number.Start);
        if (first < 0)
        {
            return null;
        }
        for (var v = first - 1; v >= Math.Max(0, first - LeadWords); v--)
        {
            if (tokens[v].IsWord && KillVerbs.Contains(Word(text, tokens[v])))
            {
                return AgentBefore(text, tokens, v) ? SpeakersSide.Opponent(army) : null;
            }
        }
        return null;
    }

    // "its forces had carried out a strike …, killing": the owner and its force, or "it had killed": the pronoun a
    // word or two before the verb.
    private static bool AgentBefore(string text, List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - AgentReach); k--)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }
            var word = Word(text, tokens[k]);
            if (Owners.Contains(word) && k + 1 < tokens.Count && tokens[k + 1].IsWord
                && (AgentNouns.Contains(Word(text, tokens[k + 1])) || AttackNouns.Contains(Word(text, tokens[k + 1]))))
            {
                return true;
            }
            if (Pronouns.Contains(word) && verb - k <= 2)
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
