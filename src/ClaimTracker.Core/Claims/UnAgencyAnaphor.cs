using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "IOM said 9,400 people had fled … Another 1,150 were displaced, the UN agency added": "the UN agency" takes up the UN
/// agency the text named last, not the UN itself. A UN agency is a body the registry also calls "UN … agency" ("UN
/// migration agency" for IOM, "UN refugee agency" for UNHCR). Golden case: the_un_agency_is_the_agency_named_before.
/// </summary>
internal static class UnAgencyAnaphor
{
    /// <summary>The mentions with each "the UN agency" credited to the last UN agency named before it.</summary>
    public static IReadOnlyList<SourceMention> Resolved(string text, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? resolved = null;
        for (var k = 1; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Source?.Name == "UN" && IsWord(text, m.End + 1, "agency") && (IsWordBefore(text, m.Start, "the") || IsLabelled(text, m.Start)) && LastAgency(mentions, k) is { } agency)
            {
                resolved ??= [.. mentions];
                resolved[k] = m with { Source = agency };
            }
        }
        return resolved ?? mentions;
    }

    private static SourceDefinition? LastAgency(IReadOnlyList<SourceMention> mentions, int before)
    {
        for (var j = before - 1; j >= 0; j--)
        {
            if (mentions[j].Source is { } s && s.Aliases.Any(a => a.StartsWith("UN ", StringComparison.Ordinal) && a.EndsWith(" agency", StringComparison.Ordinal)))
            {
                return s;
            }
        }
        return null;
    }

    // The word at <paramref name="at"/>, standing alone.
    private static bool IsWord(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    // "…, 38 staff killed: UN agency", "Also read: UN agency says …": a headline or a link's label drops the article, and
    // the bare "UN agency" after its colon is the agency the story names as "the UN agency" would be (Unseen70
    // statesman-unrwa-sitrep; golden case a_labelled_un_agency_is_the_agency_named_before).
    private static bool IsLabelled(string text, int start) =>
        start >= 2 && text[start - 1] == ' ' && text[start - 2] == ':';

    private static bool IsWordBefore(string text, int start, string word) =>
        start >= word.Length + 1 && text[start - 1] == ' ' && IsWord(text, start - 1 - word.Length, word);
}
