namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the facility had received 21 bodies and treated more than 60 wounded people", "said it had received nine bodies
/// and admitted 31 injured people": a second count with an intake verb of its own (metrics.json admitVerbs,
/// receiveVerbs, careVerbs), joined by "and" or a comma to the count before it, starts a clause of its own. The first
/// count's "bodies" are not read back into it; the second count's describing word ("wounded") or its intake
/// (<see cref="HospitalIntake"/>) says what happened. Without it the backward scan of <see cref="ClauseMetric"/> found
/// "bodies" and both counts were dead (Unseen52 alarabiya-afp-khan-younis; hospital statements from Gaza and Sudan
/// pair the day's dead and wounded so). Golden cases: second_count_with_its_own_intake_verb,
/// one_intake_verb_shared_by_two_counts (control).
/// </summary>
internal static class OwnIntakeVerb
{
    private static readonly WordSet AdmitVerbs = WordLists.Set("admitVerbs");
    private static readonly WordSet ReceiveVerbs = WordLists.Set("receiveVerbs");
    private static readonly WordSet CareVerbs = WordLists.Set("careVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    /// <summary>The count's own intake verb, where its clause starts, or null when it has none after the count before.</summary>
    public static int? Start(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = QuotedVerb.Before(reader, phrase.QualifierFirst);
        if (phrase.PreviousBound < 0 || verb <= phrase.PreviousBound + 1 || !reader.Tokens[verb].IsWord || !IsIntakeVerb(reader, verb))
        {
            return null;
        }
        // "and was treating 40 wounded people": the verb's auxiliaries sit between the joiner and the verb.
        var joiner = verb - 1;
        while (joiner > phrase.PreviousBound && reader.Tokens[joiner].IsWord && reader.IsIn(joiner, Auxiliaries))
        {
            joiner--;
        }
        var comma = !reader.Tokens[joiner].IsWord && reader.Text[reader.Tokens[joiner].Start] == ',';
        return joiner > phrase.PreviousBound && (comma || reader.Is(joiner, "and")) ? verb : null;
    }

    private static bool IsIntakeVerb(PeopleCountReader reader, int i) =>
        reader.IsIn(i, AdmitVerbs) || reader.IsIn(i, ReceiveVerbs) || reader.IsIn(i, CareVerbs);
}
