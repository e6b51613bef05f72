using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Hamas-run ministry does not separate fighters from civilians … It said 113,274 were wounded": a registry name
/// joined by a hyphen to a word of control ("Hamas-run", "RSF-held", "Kremlin-backed": attribution.json
/// <c>controlParticiples</c>) describes who runs the noun that follows; it names no speaker, so it is no mention for an
/// attributor or an anaphor to take up. "MSF-supported hospitals" keeps MSF (a release's own voice), and a longer alias
/// that holds the whole phrase ("Hamas-run health ministry") is found as itself. Golden case: it_after_the_hamas_run_ministry.
/// </summary>
internal static class HyphenatedModifier
{
    private static readonly WordSet Control = WordLists.Set("controlParticiples");

    /// <summary>The mentions without those joined by a hyphen to a word of control after them.</summary>
    public static IReadOnlyList<SourceMention> Without(string text, IReadOnlyList<SourceMention> mentions) =>
        SourceMentions.Without(mentions, m => m.End + 1 < text.Length && text[m.End] == '-' && Control.Contains(WordAfter(text, m.End + 1)));

    private static ReadOnlySpan<char> WordAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }
}
