namespace ClaimTracker.Core.Claims;

/// <summary>
/// "… six soldiers were killed by three roadside bombs. Gunmen opened fire on the troops. Thirteen other soldiers were
/// wounded, two of them seriously, the army said." after the other side's claim in the paragraph before: the figures of
/// one event and the frame that closes it share a paragraph, and a later sentence of it that counts "other", "another"
/// or "more" people of that event and ends on a registered speaker names who gave the whole account. Such a frame beats a
/// speaker carried from an earlier paragraph (Unseen40 am1, whose six soldiers took Hamas's side); a speaker carried from
/// the figure's own paragraph, or a sentence between with a frame of its own, keeps the figure where it was. Met in
/// wire copy on ambushes, market shelling and drone strikes read for session 32 (attribution.json
/// <c>continuedCountWords</c>). Golden cases: next_sentence_frame_closes_the_event,
/// next_sentence_frame_keeps_a_carried_speaker_of_the_paragraph.
/// A later sentence that opens on members of the toll ("Six people were killed and six more wounded in a strike on X.
/// Two paramedics were among the dead, and three more were wounded, the ministry said at the time.") elaborates the
/// same event as much as "other" does (attribution.json <c>continuedCountWords</c> holds "among"; Unseen57
/// aljazeera-tyre, as Unseen's Arirang, RFI, ABC and Kyiv Independent rows; branch source91). Golden case:
/// among_the_dead_in_the_next_sentence_closes_the_toll.
/// </summary>
internal static class ContinuedEventSpeaker
{
    private static readonly WordSet Continued = WordLists.Set("continuedCountWords");
    // The event's later sentence comes at most this far after the figure.
    internal const int SentencesAhead = 3;
    // "More than 30 others": the words from the sentence's start to just past its first count that may say "other".
    private const int WordsPastCount = 3;

    /// <summary>Gives the closing frame's speaker to the figures before it in the same paragraph that had none of their own.</summary>
    public static void Credit(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts)
    {
        var tokens = new List<Token>();
        foreach (var draft in drafts)
        {
            var si = draft.Sentence;
            if (attributors[si] is not null || draft.Attribution == Attribution.Extracted || !CarriedFromBefore(sentences, draft))
            {
                continue;
            }
            if (Closing(text, sentences, attributors, drafts, si, tokens) is { } speaker)
            {
                draft.Source = speaker.Source;
                draft.SourceMention = speaker.Text;
                draft.Attribution = Attribution.Inherited;
            }
        }
    }

    // No speaker, or one carried from before the figure's paragraph.
    private static bool CarriedFromBefore(List<Sentence> sentences, ClaimDraft draft)
    {
        if (draft.Source is null)
        {
            return true;
        }
        var first = draft.Sentence;
        while (first > 0 && sentences[first - 1].Paragraph == sentences[draft.Sentence].Paragraph)
        {
            first--;
        }
        return draft.CarriedFrom >= 0 && draft.CarriedFrom < sentences[first].Start;
    }

    // The registered speaker closing the first later sentence of the paragraph that has a frame, when it continues the count.
    private static Attributor? Closing(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts, int si, List<Token> tokens)
    {
        for (var next = si + 1; next < sentences.Count && next <= si + SentencesAhead; next++)
        {
            if (sentences[next].Paragraph != sentences[si].Paragraph || sentences[next].IsHeading)
            {
                return null;
            }
            if (attributors[next] is not { } own)
            {
                continue;
            }
            var counts = drafts.FindAll(d => d.Sentence == next);
            if (counts.Count == 0 || !OpensOnContinuedCount(text, sentences[next], counts[0], tokens))
            {
                return null;
            }
            var lastEnd = counts.Max(d => d.Number.End);
            return own.Find(a => a.Source is not null && !a.IsAnaphor && a.Start > lastEnd && a.Cue != AttributorCue.Citing)
                ?? own.Find(a => a.Source is not null && a.Start > lastEnd && a.Cue != AttributorCue.Citing);
        }
        return null;
    }

    // "Thirteen other soldiers were wounded", "Another 11 passengers", "More than 30 others": the sentence opens on its count.
    private static bool OpensOnContinuedCount(string text, Sentence sentence, ClaimDraft count, List<Token> tokens)
    {
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var past = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start >= count.Number.End && ++past > WordsPastCount)
            {
                return false;
            }
            // "more than 57,000" is a qualifier, not more people of the event (Unseen26/30/33 AP backgrounds).
            if (tokens[k].IsWord && Continued.Contains(AttributionFinder.Word(text, tokens[k]))
                && !(k + 1 < tokens.Count && AttributionFinder.Is(text, tokens[k + 1], "than")))
            {
                return true;
            }
        }
        return false;
    }
}
