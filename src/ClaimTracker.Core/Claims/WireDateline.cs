namespace ClaimTracker.Core.Claims;

/// <summary>
/// "KHARTOUM, Jan 5 (Reuters) - Sudan's health ministry raised the toll …, saying": a wire lede opens with a place in
/// capitals and runs to a lone dash before its subject begins. A rule that reads the sentence's subject from its first
/// word starts after the dash, or it takes the place (Khartoum as the government) for the speaker.
/// Golden case: saying_after_a_datelined_ministry_is_the_ministry.
/// </summary>
internal static class WireDateline
{
    // "TYRE, Lebanon, Oct 2 (AP) -" runs to eleven tokens; a subject's clause seldom has a lone dash that early.
    private const int Reach = 14;

    /// <summary>The index of the first token after a wire dateline that opens the sentence, or 0 when none does.</summary>
    public static int SubjectStart(string text, List<Token> tokens, int limit)
    {
        if (tokens.Count == 0 || !IsCapitalsPlace(text, tokens[0]))
        {
            return 0;
        }
        for (var k = 1; k < limit && k < Reach; k++)
        {
            var t = tokens[k];
            if (!t.IsWord && text[t.Start] is '-' or '—' or '–' && StandsAlone(text, t))
            {
                return k + 1;
            }
        }
        return 0;
    }

    private static bool IsCapitalsPlace(string text, Token first)
    {
        if (!first.IsWord || first.Length < 3)
        {
            return false;
        }
        foreach (var c in text.AsSpan(first.Start, first.Length))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    // "(Reuters) - Sudan's": spaced on both sides; "Gaza-based" is a hyphen inside a word.
    private static bool StandsAlone(string text, Token dash) =>
        dash.Start > 0 && char.IsWhiteSpace(text[dash.Start - 1]) && dash.End < text.Length && char.IsWhiteSpace(text[dash.End]);
}
