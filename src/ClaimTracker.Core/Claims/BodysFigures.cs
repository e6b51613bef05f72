namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to the latest Health Ministry figures", "Health Ministry data show": a body's kind named before a count
/// noun credits the body, found as "the Health Ministry" would be (the ministry named before, the place's, the
/// dateline's); read as a name, the figures spoke for nobody. Lower-case too: "according to government figures, and
/// the IOM says …" is the government's figure, not dropped as vague so that the next speaker takes it (Unseen26
/// lorient-today-baalbek-hermel-strikes 1.2 million). Golden cases: health_ministry_figures_are_the_ministrys,
/// government_figures_before_a_second_speaker.
/// </summary>
internal static class BodysFigures
{
    private static readonly WordSet CountNouns = WordLists.Set("creditedCountNouns");
    private static readonly WordSet Qualifiers = WordLists.Set("figuresQualifiers");

    /// <summary>"the Health Ministry" for "the latest Health Ministry figures", or null when the words are not a body's figures.</summary>
    public static string? Owner(string words)
    {
        // Asked of every unresolved speaker, nearly all ending on no count noun: the last word is read in place, and
        // only words that end on one are split (the last part of the split is what follows the last space).
        var trimmed = words.AsSpan().Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space < 0 || !CountNouns.Contains(trimmed[(space + 1)..]))
        {
            return null;
        }
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < parts.Length - 1 && (parts[first].Equals("the", StringComparison.OrdinalIgnoreCase) || Qualifiers.Contains(parts[first])))
        {
            first++;
        }
        // Only a body's own head noun before the count ("ministry", "service", "army"); a possessive ("the ministry's
        // figures") is PossessiveSpeaker's, a person's name ("Smith figures") nobody's.
        var head = parts[^2];
        if (first >= parts.Length - 1 || !ClaimLexicon.AnaphorNouns.Contains(head) || words.Contains('\'') || words.Contains('’'))
        {
            return null;
        }
        return "the " + string.Join(' ', parts[first..^1]);
    }
}
