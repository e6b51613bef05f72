using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 356 people have been reported killed and 1,240 injured. The heightened toll was reported by Lebanon's
/// health ministry." "The figures were provided by the civil defence agency." "The number comes from the UN refugee
/// agency.": a sentence that opens on the count itself (a determiner, a few describing words, a count noun) and names
/// who gave it ("by X", "from X") is the prose form of a source note. Its speaker is read as after "according to", and,
/// like <see cref="SourceNote"/>, it credits the figures of the sentence right before it in the same paragraph when that
/// sentence names no speaker of its own, over a speaker carried from earlier paragraphs. A sentence with a frame of its
/// own ("the ministry said 40. The toll was later confirmed by the UN") keeps it. Met in live pages (Guardian, BBC,
/// France 24) and wire copy read for session 17 (attribution.json <c>creditedCountNouns</c>, <c>countCreditWords</c>).
/// Golden cases: count_credited_in_the_sentence_after, count_credited_after_keeps_an_own_speaker.
/// </summary>
internal sealed class CountCreditedAfter : AttributionFrame
{
    public static readonly CountCreditedAfter Frame = new();

    /// <summary>"toll", "figures", "number", "data": the nouns such a sentence opens on.</summary>
    public static readonly WordSet Nouns = WordLists.Set("creditedCountNouns");
    private static readonly WordSet Openers = WordLists.Set("countCreditOpeners");
    private static readonly WordSet VerbWords = WordLists.Set("countCreditWords");

    // "The heightened death toll": the describing words a count noun may take after its determiner.
    private const int DescribingWords = 3;
    // "was later also reported by": the verb group's words before "by" or "from".
    private const int VerbGroup = 4;

    private CountCreditedAfter()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (Link(text, tokens, cue) is not (var link and >= 0))
        {
            return false;
        }
        AttributionFinder.AddForward(text, tokens, link + 1, AttributorCue.AccordingTo, tokens[cue].Start, mentions, into);
        return true;
    }

    /// <summary>
    /// Gives the speaker of such a sentence to the figures of the sentence before it that name no speaker of their own.
    /// </summary>
    public static void Credit(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts)
    {
        var tokens = new List<Token>();
        foreach (var draft in drafts)
        {
            var next = draft.Sentence + 1;
            if (draft.Attribution == Attribution.Extracted || attributors[draft.Sentence] is not null || next >= sentences.Count
                || sentences[next].Paragraph != sentences[draft.Sentence].Paragraph || attributors[next] is not { } own)
            {
                continue;
            }
            Token.Split(text, sentences[next].Start, sentences[next].End, tokens);
            var cue = Cue(text, tokens);
            if (cue >= 0 && own.Find(a => a.Cue == AttributorCue.AccordingTo && a.Position == tokens[cue].Start) is { } credit)
            {
                draft.Source = credit.Source;
                draft.SourceMention = credit.Text;
                draft.Attribution = Attribution.Extracted;
            }
        }
    }

    // The count noun the sentence opens on ("The" + up to three words + noun), or -1.
    private static int Cue(string text, List<Token> tokens)
    {
        if (tokens.Count < 4 || !tokens[0].IsWord || !Openers.Contains(AttributionFinder.Word(text, tokens[0])))
        {
            return -1;
        }
        for (var k = 1; k < tokens.Count && k <= DescribingWords + 1; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] != '-')
            {
                return -1;
            }
            if (tokens[k].IsWord && Nouns.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return k;
            }
        }
        return -1;
    }

    // The token index of "by" / "from" after the count noun at cue, when the noun opens its sentence; else -1.
    private static int Link(string text, List<Token> tokens, int cue)
    {
        if (Cue(text, tokens) != cue)
        {
            return -1;
        }
        var verbs = 0;
        for (var k = cue + 1; k < tokens.Count && k <= cue + VerbGroup + 1 && tokens[k].IsWord; k++)
        {
            var word = AttributionFinder.Word(text, tokens[k]);
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return verbs > 0 && k + 1 < tokens.Count ? k : -1;
            }
            if (!VerbWords.Contains(word))
            {
                return -1;
            }
            verbs++;
        }
        return -1;
    }
}
