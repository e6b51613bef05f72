namespace ClaimTracker.Core.Claims;

/// <summary>
/// A quotation left open at a sentence's end: “We lost 200 men. It was terrible,” he said. Wire and agency copy
/// often writes straight marks ("At this point, eleven people have been injured. Among them is a baby," the mayor
/// wrote), where an opening and a closing mark look alike: a straight mark opens when it stands at the start of a
/// word, and a sentence leaves its quotation open when its last straight mark opens. The quotation's first
/// sentences belong to the speaker named after it closes, not to the one the paragraph before carried
/// (Unseen25 ukrinform-kharkiv-molniya-drone-injured 11, 3). Golden cases: quote_spanning_sentences,
/// straight_quote_spanning_sentences_is_its_speakers.
/// </summary>
internal static class OpenQuotation
{
    private const char Straight = '"';

    /// <summary>The closing mark the sentence's open quotation waits for, or null when it leaves none open.</summary>
    public static char? Left(ReadOnlySpan<char> sentence)
    {
        var curly = sentence.LastIndexOf('“');
        if (curly >= 0 && !sentence[curly..].Contains('”'))
        {
            return '”';
        }
        var last = sentence.LastIndexOf(Straight);
        return last >= 0 && Opens(sentence, last) ? Straight : null;
    }

    /// <summary>Where <paramref name="mark"/> closes the quotation in <paramref name="sentence"/>, or -1.</summary>
    public static int Close(string text, Sentence sentence, char mark)
    {
        var close = text.IndexOf(mark, sentence.Start, sentence.End - sentence.Start);
        // A straight mark that opens a word here starts another quotation: the first one never closed.
        return close >= 0 && mark == Straight && Opens(text.AsSpan(sentence.Start, sentence.End - sentence.Start), close - sentence.Start) ? -1 : close;
    }

    // A mark at the sentence's start or after a space or an opening bracket, with a letter or digit right after it.
    private static bool Opens(ReadOnlySpan<char> span, int at) =>
        (at == 0 || char.IsWhiteSpace(span[at - 1]) || span[at - 1] == '(')
        && at + 1 < span.Length && char.IsLetterOrDigit(span[at + 1]);
}
