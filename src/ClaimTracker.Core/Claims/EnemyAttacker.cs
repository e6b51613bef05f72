namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Israeli enemy targeted a car near the checkpoint, killing a citizen and lightly wounding five soldiers," the army
/// said; "an enemy drone targeted a motorcycle …, wounding two soldiers": in an army's own statement "enemy" (and its
/// drone or aircraft) is the one attacking, the subject of an attack verb, so the soldiers it wounds are the speaking
/// army's own, not the enemy's losses ("inflicted 425 casualties on the enemy" still are), and the nationality before
/// "enemy" names the attacker, not the counted (Lebanese army statements relayed by AFP: Unseen51
/// islamdigitals-afp-saf-al-hawa-checkpoint). Lists as data (populations.json <c>attackingEnemy</c>, <c>enemyCraft</c>,
/// <c>attackVerbs</c>). Read by <see cref="OwnPopulation"/> and <see cref="AttackersAdjective"/>. Golden cases:
/// an_armys_statement_counts_its_own_wounded, an_enemy_drone_wounds_the_armys_own.
/// </summary>
internal static class EnemyAttacker
{
    private const int Between = 2;
    private static readonly WordSet Enemy = WordLists.Set("attackingEnemy");
    private static readonly WordSet Craft = WordLists.Set("enemyCraft");
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");
    private static readonly WordSet AttackVerbs = WordLists.Set("attackVerbs");

    /// <summary>Whether the word at <paramref name="i"/> is "enemy" as an attack's subject: its verb follows, a weapon or craft at most between.</summary>
    public static bool At(string text, List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || !Enemy.Contains(Word(text, tokens[i])))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + Between + 1 && tokens[k].IsWord; k++)
        {
            var word = Word(text, tokens[k]);
            if (AttackVerbs.Contains(word) && !AttackNouns.Contains(word))
            {
                return true;
            }
            if (!Craft.Contains(word) && !AttackNouns.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
