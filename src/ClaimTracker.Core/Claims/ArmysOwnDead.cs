namespace ClaimTracker.Core.Claims;

/// <summary>
/// "JERUSALEM (Reuters) — Three Israeli soldiers were killed in fighting in northern Gaza on Wednesday, the army said":
/// an army reports its own dead and the wire leaves it bare, since the soldiers' nationality already says whose army
/// it is. Where the story names no army and its dateline gives none (JERUSALEM and TEL AVIV are left unread), the bare
/// army is the army of the soldiers the sentence counts. Read last, after every army the story named, so the Ukrainian
/// general staff's "1,200 Russian soldiers were killed, the military said" under KYIV stays Ukraine's (branch
/// source71; golden cases the_army_reporting_its_own_dead, a_named_army_before_the_foes_soldiers).
/// attribution.json ownDeadSoldierNouns.
/// </summary>
internal static class ArmysOwnDead
{
    private static readonly WordSet Soldiers = WordLists.Set("ownDeadSoldierNouns");

    /// <summary>The country of the first soldiers counted by nationality among <paramref name="tokens"/>, or null.</summary>
    public static string? Country(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is not { } n)
            {
                continue;
            }
            var next = i + n.Tokens;
            if (next < tokens.Count && tokens[next].IsWord && Soldiers.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length))
                && !AttackersAdjective.At(text, tokens, i, n.Tokens))
            {
                return n.Nationality.Country;
            }
            i = next - 1;
        }
        return null;
    }
}
