namespace ClaimTracker.Core.Claims;

/// <summary>
/// "carried off 30 women", "took away 19 passengers", "led away a dozen men": neither "carried" nor "took" is an act
/// done to people, but with its particle the phrasal verb right before the count is an abduction, which the golds
/// count as captured (as "abducted 30 women" reads). Without it the count had no verb and read other. The verbs are
/// data (counts.json <c>abductingPhrasalVerbs</c>). Golden case: carried_off_is_captured.
/// </summary>
internal static class CarryingOff
{
    private static readonly WordPhrases Verbs = new(WordLists.Set("abductingPhrasalVerbs"));

    // The particles the phrasal verbs end on ("off", "away"): the verb before nearly every count is none of them.
    private static readonly PhraseEnds Ends = new(WordLists.Set("abductingPhrasalVerbs"));

    /// <summary>Whether an abducting phrasal verb ends at <paramref name="verb"/>, the token before the count.</summary>
    public static bool EndsAt(PeopleCountReader reader, int verb, int left) =>
        verb - 1 >= left && verb >= 1 && Ends.MayEndAt(reader.Text, reader.Tokens, verb) && Verbs.EndsAt(reader.Text, reader.Tokens, verb);
}
