namespace ClaimTracker.Core.Claims;

/// <summary>
/// "On Thursday, the Al-Jazirah Conference, a civilian group formed after the RSF took over the state, reported an RSF
/// attack on Al-Faj Al-Bashir village that killed seven people": the words a reporting verb takes after a comma end on
/// an attack noun, so they are the verb's object (the attack and its actor), not an inverted speaker ("…, said the
/// ministry"). An attack's actor is never the speaker of its toll (Unseen54 wallafrica-east-jazirah). Nouns as data
/// (populations.json <c>attackNouns</c>). Golden case: the_attack_reported_is_no_speaker.
/// </summary>
internal static class AttackReported
{
    private static readonly WordSet AttackNouns = WordLists.Set("attackNouns");

    /// <summary>Whether the word right after the attributor's words is an attack noun ("an RSF" + "attack").</summary>
    public static bool Names(string text, List<Token> tokens, Attributor read)
    {
        var next = tokens.FindIndex(t => t.Start >= read.End);
        return next >= 0 && tokens[next].IsWord && AttackNouns.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length));
    }
}
