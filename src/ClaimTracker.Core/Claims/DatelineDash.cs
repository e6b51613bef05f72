namespace ClaimTracker.Core.Claims;

/// <summary>
/// "KYIV -- John Smith, an analyst, told reporters", "KYIV — Oleksiy Goncharenko, a Ukrainian lawmaker, told": a
/// speaker's words read back to the article's opening took the dateline along, and the capital in it spoke for the
/// named person (the Ukrainian government). A dash with a space beside it ends the dateline, so the speaker starts
/// after the last such dash in its words, as <see cref="SpeakerBefore"/> already stops at one (golden case
/// a_spaced_dash_ends_the_dateline). Branch source63; golden case: a_dateline_before_a_named_speaker_is_not_his_body.
/// </summary>
internal static class DatelineDash
{
    /// <summary>The first token of the speaker's words after the last spaced dash among tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static int After(string text, List<Token> tokens, int first, int last)
    {
        for (var k = last - 1; k >= first; k--)
        {
            if (!tokens[k].IsWord && IsSpacedDash(text, tokens[k]))
            {
                return k + 1;
            }
        }
        return first;
    }

    private static bool IsSpacedDash(string text, Token t) =>
        text[t.Start] is '-' or '\u2014' or '\u2013'
        && ((t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1])) || (t.End < text.Length && char.IsWhiteSpace(text[t.End])));
}
