namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A ministry statement said", "an army spokesman said": an indefinite article before a body's noun and its voice
/// (a statement, a spokesperson) speaks for the body the noun points back to, found as "the ministry" would be; unlike
/// "a local medical group", which is a new speaker. Wire copy often puts the body's portfolio or level between the
/// article and the noun ("A health ministry statement said", "a regional administration statement said"): those words
/// (attribution.json voiceOwnerModifiers) are kept, so the anaphor is "the health ministry". Golden cases:
/// a_ministry_statement_continues_the_ministry, a_health_ministry_statement_under_a_dateline,
/// a_regional_administration_statement.
/// </summary>
internal static class IndefiniteBodyVoice
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet ExtraOwners = WordLists.Set("voiceExtraOwners");
    private static readonly WordSet Modifiers = WordLists.Set("voiceOwnerModifiers");
    private static readonly WordSet Voices = WordLists.Set("bodyVoices");

    /// <summary>"the ministry" for "A ministry statement" (or "A ministry" read before "statement"), "the health ministry" for "A health ministry statement", else null.</summary>
    public static string? Owner(string text, Attributor speaker)
    {
        Span<Range> parts = stackalloc Range[6];
        var span = speaker.Text.AsSpan().Trim();
        var count = span.Split(parts, ' ');
        if (count < 2 || count > 5)
        {
            return null;
        }
        var voiceInside = Voices.Contains(span[parts[count - 1]]);
        var ownerAt = voiceInside ? count - 2 : count - 1;
        var voiced = voiceInside || Voices.Contains(NextWord(text, speaker.End));
        var article = span[parts[0]];
        if (!voiced || ownerAt < 1 || !(article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var owner = span[parts[ownerAt]];
        var plain = ownerAt == 1;
        if (!(Owners.Contains(owner) || (!plain && ExtraOwners.Contains(owner))))
        {
            return null;
        }
        for (var k = 1; k < ownerAt; k++)
        {
            if (!Modifiers.Contains(span[parts[k]]))
            {
                return null;
            }
        }
        return "the " + span[parts[1].Start.Value..parts[ownerAt].End.Value].ToString().ToLowerInvariant();
    }

    internal static ReadOnlySpan<char> NextWord(string text, int at)
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
