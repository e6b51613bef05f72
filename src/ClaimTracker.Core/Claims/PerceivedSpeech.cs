namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In a recording obtained by the investigation, a senior RSF field commander can be heard estimating that at least
/// 7,500 civilians were killed": a speaker heard or seen speaking in a recording or a video ("can be heard
/// estimating", "was heard saying", "could be seen telling") speaks as if "estimated" or "said" followed the name; the
/// walk back from the reporting verb stopped at "heard" and found no speaker, so the figure took a speaker carried from
/// before (Unseen56 skynews-el-fasher-gurnei-sanctions-investigation; broadcasters' investigations and footage
/// reports). The participle and its auxiliaries are data (attribution.json <c>perceivedSpeechParticiples</c>,
/// <c>perceivedSpeechAuxiliaries</c>); only a participle right before the verb is read. Branch source93. Golden case:
/// a_commander_heard_estimating_speaks.
/// </summary>
internal static class PerceivedSpeech
{
    private static readonly WordSet Participles = WordLists.Set("perceivedSpeechParticiples");
    private static readonly WordSet Auxiliaries = WordLists.Set("perceivedSpeechAuxiliaries");

    /// <summary>The index of the speaker's last word when "can be heard" ends at <paramref name="end"/>, else <paramref name="end"/>.</summary>
    public static int Skip(string text, List<Token> tokens, int end)
    {
        if (end < 1 || !tokens[end].IsWord || !Participles.Contains(AttributionFinder.Word(text, tokens[end])))
        {
            return end;
        }
        var k = end - 1;
        while (k >= 0 && k >= end - 2 && tokens[k].IsWord && Auxiliaries.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            k--;
        }
        return k < end - 1 ? k : end;
    }
}
