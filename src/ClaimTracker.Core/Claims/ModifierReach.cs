namespace ClaimTracker.Core.Claims;

/// <summary>
/// "SEOUL - North Korean soldiers fighting for Russia have suffered heavy losses": a people noun's nationality is read
/// from the words right before it, but never across a dash, a colon or a bracket, which end a dateline or a label; the
/// dateline's city (Seoul: South Korean) is no modifier of the noun after it. Golden case:
/// a_dateline_is_no_modifier_of_the_people_after_it.
/// </summary>
internal static class ModifierReach
{
    /// <summary>The first token at or after <paramref name="from"/> that may modify the noun at <paramref name="noun"/>.</summary>
    public static int Start(string text, List<Token> tokens, int from, int noun)
    {
        for (var i = noun - 1; i >= from; i--)
        {
            if (!tokens[i].IsWord && IsBreak(text, tokens[i]))
            {
                return i + 1;
            }
        }
        return from;
    }

    // A spaced hyphen ("SEOUL - …") breaks as a dash does; a hyphen inside a word ("Russian-backed") does not.
    private static bool IsBreak(string text, Token t) =>
        text[t.Start] is '—' or '–' or ':' or '(' or ')'
        || (text[t.Start] == '-' && t.Start > 0 && text[t.Start - 1] == ' ');
}
