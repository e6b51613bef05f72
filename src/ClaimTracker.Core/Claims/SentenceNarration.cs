namespace ClaimTracker.Core.Claims;

/// <summary>
/// The two tests <see cref="SpeakerScope.Inherit"/> makes of a sentence as a whole, worked out once a sentence instead
/// of once a figure: whether it has an unnamed speaker of its own (<see cref="InterviewedSpeaker"/>,
/// <see cref="WitnessSpeaker"/>, <see cref="RegionalHeadsTogether"/>), and whether it opens as the writer's recap or narration (<see cref="PastRecap"/>,
/// <see cref="DatedRecap"/>, <see cref="DealNarration"/>, <see cref="EarlierEventLink"/>, <see cref="BelligerentsDeed"/>). Each is a regex or word scan
/// over the sentence (<see cref="DatedRecap"/> copies it out and runs four patterns), asked again for every figure of
/// a sentence with several (issue 10 deliver 4). They read the text and the sentence's bounds only, so a kept answer
/// is the same; each is still worked out only when first asked, as the short-circuits asked it before.
/// </summary>
internal sealed class SentenceNarration(string text)
{
    private Sentence? sentence;
    private bool? ownSpeaker;
    private bool? writers;

    /// <summary>Whether <paramref name="s"/> names an unnamed speaker of its own: one who told an outlet, a witness who says.</summary>
    public bool HasOwnSpeaker(Sentence s)
    {
        Move(s);
        return ownSpeaker ??= InterviewedSpeaker.In(text, s) || WitnessSpeaker.In(text, s) || RegionalHeadsTogether.In(text, s);
    }

    /// <summary>Whether <paramref name="s"/> is the writer's: a recap of the past, a dated recap, a deal's terms, an earlier event tied on, a side's deed.</summary>
    public bool IsWriters(Sentence s)
    {
        Move(s);
        return writers ??= PastRecap.Opens(text, s) || DatedRecap.Holds(text, s) || DealNarration.Opens(text, s) || EarlierEventLink.Opens(text, s) || WritersSum.Opens(text, s)
            || BelligerentsDeed.Opens(text, s);
    }

    private void Move(Sentence s)
    {
        if (!ReferenceEquals(s, sentence))
        {
            sentence = s;
            ownSpeaker = null;
            writers = null;
        }
    }
}
