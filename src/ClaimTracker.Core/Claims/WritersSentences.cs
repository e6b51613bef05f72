namespace ClaimTracker.Core.Claims;

/// <summary>
/// The tests <see cref="SpeakerScope.Inherit"/> makes of a sentence as a whole — the writer's background narration, a
/// speaker of its own (an outlet told, a witness), a recap of an earlier event — each made when first asked and kept for
/// the sentence. Inherit is asked once per figure, and these read only the sentence, so a sentence of three frameless
/// figures ran them three times, with their regexes (issue 10 item 4). Each is asked where and in the order it was,
/// so no test runs that did not run before.
/// </summary>
internal sealed class WritersSentences(string text, List<Sentence> sentences)
{
    // Per sentence, 0 not asked yet, 1 holds, -1 does not; made on first ask.
    private sbyte[]? narrated;
    private sbyte[]? ownSpeaker;
    private sbyte[]? recaps;

    /// <summary>The writer's own background (<see cref="BackgroundNarration"/>).</summary>
    public bool Narrated(int si) => Once(ref narrated, si, static (text, s) => BackgroundNarration.Opens(text, s));

    /// <summary>An unnamed speaker of the sentence's own: one who told an outlet, a witness (<see cref="InterviewedSpeaker"/>, <see cref="WitnessSpeaker"/>).</summary>
    public bool HasOwnSpeaker(int si) => Once(ref ownSpeaker, si, static (text, s) => InterviewedSpeaker.In(text, s) || WitnessSpeaker.In(text, s));

    /// <summary>The writer's recap: a past event, a dated one, a deal's terms, an earlier event tied on (<see cref="PastRecap"/>,
    /// <see cref="DatedRecap"/>, <see cref="DealNarration"/>, <see cref="EarlierEventLink"/>).</summary>
    public bool Recaps(int si) => Once(ref recaps, si,
        static (text, s) => PastRecap.Opens(text, s) || DatedRecap.Holds(text, s) || DealNarration.Opens(text, s) || EarlierEventLink.Opens(text, s));

    private bool Once(ref sbyte[]? memo, int si, Func<string, Sentence, bool> test)
    {
        memo ??= new sbyte[sentences.Count];
        if (memo[si] == 0)
        {
            memo[si] = test(text, sentences[si]) ? (sbyte)1 : (sbyte)-1;
        }
        return memo[si] > 0;
    }
}
