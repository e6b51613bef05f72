namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A ministry statement said", "an army spokesman said": an indefinite article before a body's noun and its voice
/// (a statement, a spokesperson) speaks for the body the noun points back to, found as "the ministry" would be; unlike
/// "a local medical group", which is a new speaker. Golden case: a_ministry_statement_continues_the_ministry.
/// </summary>
internal static class IndefiniteBodyVoice
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Voices = WordLists.Set("bodyVoices");

    /// <summary>"the ministry" for "A ministry statement" (or "A ministry" read before "statement"), else null.</summary>
    public static string? Owner(string text, Attributor speaker)
    {
        Span<Range> parts = stackalloc Range[4];
        var span = speaker.Text.AsSpan().Trim();
        var count = span.Split(parts, ' ');
        var voiced = count == 3 ? Voices.Contains(span[parts[2]]) : count == 2 && Voices.Contains(NextWord(text, speaker.End));
        var article = span[parts[0]];
        var owner = span[parts[1]];
        return voiced && (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase))
            && Owners.Contains(owner)
            ? "the " + owner.ToString().ToLowerInvariant()
            : null;
    }

    private static ReadOnlySpan<char> NextWord(string text, int at)
    {
        var start = at < text.Length && text[at] == ' ' ? at + 1 : at;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }
}
