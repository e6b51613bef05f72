using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "more than the roughly 20,000 deaths the United Nations currently cites", "the 1,200 dead the ministry
/// acknowledges": a relative clause with no relative pronoun, whose subject is a registered body and whose verb says
/// the body holds the figure (attribution.json citedFigureVerbs), closes on the figure's own noun (citedFigureNouns).
/// The body is that figure's source; before, the study or speaker that opened the sentence took it (Unseen64 nation
/// row 20,000: UN). Only a body right after the noun (over "the" and adverbs such as "currently") is read, so "the
/// deaths that followed, the ministry said" and "the toll rose, as the ministry counted" are other frames' business.
/// Golden case: a_figure_the_body_cites (near-miss: "the deaths Israel caused" names an actor, not a holder of the
/// figure, since "caused" is no citing verb).
/// </summary>
internal sealed class FigureTheBodyCites : AttributionFrame
{
    public static readonly FigureTheBodyCites Frame = new();

    internal static readonly WordSet Verbs = WordLists.Set("citedFigureVerbs");
    private static readonly WordSet Nouns = WordLists.Set("citedFigureNouns");

    private FigureTheBodyCites()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!Verbs.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        var k = cue - 1;
        while (k >= 0 && tokens[k].IsWord && ClaimLexicon.AttributorAdverbs.Contains(AttributionFinder.Word(text, tokens[k])) && char.IsLower(text[tokens[k].Start]))
        {
            k--;
        }
        if (k < 1 || !tokens[k].IsWord || BodysOwnWork.Body(text, tokens, k, mentions) is not { } mention)
        {
            return false;
        }
        var first = k;
        while (first > 0 && tokens[first - 1].Start >= mention.Start)
        {
            first--;
        }
        var noun = first - 1;
        if (noun >= 0 && tokens[noun].IsWord && AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[noun])))
        {
            noun--;
        }
        if (noun < 0 || !tokens[noun].IsWord || !(Nouns.Contains(AttributionFinder.Word(text, tokens[noun])) || IsFigure(text, tokens[noun])))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, k, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    /// <summary>
    /// Where the figure's noun before a speaker this frame read starts ("deaths" in "20,000 deaths the United Nations
    /// cites"), or -1: the body speaks for that count alone (<see cref="ContactRelativeSpeaker"/>), not for "61,000"
    /// earlier in the sentence.
    /// </summary>
    public static int NounBefore(string text, Attributor speaker)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(speaker);
        if (!Verbs.Contains(WordAt(text, speaker.Position)))
        {
            return -1;
        }
        var end = SkipSpaces(text, speaker.Start);
        var word = WordEndingAt(text, end);
        if (AttributionFinder.Determiners.Contains(word))
        {
            end = SkipSpaces(text, end - word.Length);
            word = WordEndingAt(text, end);
        }
        if (word.IsEmpty && end > 0 && char.IsDigit(text[end - 1]))
        {
            // "up from the 2,800 the White House cited": the figure stands for its own noun; the count ends here.
            return end;
        }
        return Nouns.Contains(word) ? end - word.Length : -1;
    }

    /// <summary>
    /// The speaker this frame read for the figure starting at <paramref name="position"/> ("the 2,800 the White House
    /// cited the week before"), or null. That body owns the figure over the sentence's speaker before it ("On Monday the
    /// Pentagon said around 9,700 …, up from the 2,800 the White House cited": White House, not the Pentagon; Unseen66
    /// newsaz-yonhap 2,800). Tested by FigureTheBodyCitesHolderTests.A_figure_the_body_cites_beats_the_sentences_speaker.
    /// </summary>
    public static Attributor? Holder(string text, List<Attributor> own, int position)
    {
        ArgumentNullException.ThrowIfNull(own);
        foreach (var a in own)
        {
            if (a.Source is not null && a.Position > position && ContactRelativeSpeaker.HoldsCountAt(text, a, position))
            {
                return a;
            }
        }
        return null;
    }

    // "2,800": digits and separators only, so "the 47th Brigade" is no figure; a number word ("the three the UN cited") is left.
    private static bool IsFigure(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return char.IsDigit(text[t.Start]);
    }

    private static int SkipSpaces(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        return end;
    }

    private static ReadOnlySpan<char> WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }
}
