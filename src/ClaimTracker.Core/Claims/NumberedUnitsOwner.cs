namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the army's 47th Mechanized Brigade said", "according to the army's 3rd Assault Brigade": a numbered unit speaks
/// for the force the possessive names, found as "the army" would be. The speaker's walk stops at the ordinal, leaving
/// "Mechanized Brigade" (or keeps only "the army'" when the possessive comes first), so neither half read as anyone
/// before. Golden case: a_numbered_unit_speaks_for_its_army.
/// </summary>
internal static class NumberedUnitsOwner
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Units = WordLists.Set("militaryUnits");

    /// <summary>"the army" for "Mechanized Brigade" after "the army's 47th", or for "the army'" before "s 3rd Assault Brigade"; else null.</summary>
    public static string? Owner(string text, Attributor speaker)
    {
        var words = speaker.Text.AsSpan().Trim();
        if (words.Length > 1 && words[^1] is '\'' or '’' && OrdinalAt(text, SkipS(text, speaker.End)) is > 0)
        {
            return OwnerOf(words[..^1]);
        }
        if (!Units.Contains(words[(words.LastIndexOf(' ') + 1)..]))
        {
            return null;
        }
        var before = text.AsSpan(0, speaker.Start).TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space < 0 || OrdinalAt(text, space + 1) <= 0)
        {
            return null;
        }
        var possessive = before[..space].TrimEnd();
        return possessive.Length > 2 && possessive[^1] is 's' or 'S' && possessive[^2] is '\'' or '’'
            ? OwnerOf(possessive[..^2][Math.Max(0, LastWords(possessive[..^2], 2))..])
            : null;
    }

    // "the army" from "the army", only for a force's or body's noun after "the".
    private static string? OwnerOf(ReadOnlySpan<char> phrase)
    {
        var span = phrase.Trim();
        var space = span.IndexOf(' ');
        return space > 0 && span[..space].Equals("the", StringComparison.OrdinalIgnoreCase) && Owners.Contains(span[(space + 1)..])
            ? "the " + span[(space + 1)..].ToString().ToLowerInvariant()
            : null;
    }

    private static int SkipS(string text, int at) =>
        at + 1 < text.Length && text[at] is 's' or 'S' && text[at + 1] == ' ' ? at + 2 : -1;

    // The length of "47th" at a position, or 0 when no ordinal stands there.
    private static int OrdinalAt(string text, int at)
    {
        if (at < 0)
        {
            return 0;
        }
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        var suffix = text.AsSpan(end, Math.Min(2, text.Length - end));
        var ordinal = end > at && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));
        return ordinal && (end + 2 == text.Length || text[end + 2] == ' ') ? end + 2 - at : 0;
    }

    // Where the last n words of the span begin.
    private static int LastWords(ReadOnlySpan<char> span, int n)
    {
        var at = span.Length;
        for (var i = 0; i < n && at > 0; i++)
        {
            at = span[..at].TrimEnd().LastIndexOfAny(' ', '\n');
            if (at < 0)
            {
                return 0;
            }
        }
        return at + 1;
    }
}
