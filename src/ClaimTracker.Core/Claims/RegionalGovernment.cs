using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 23 Russian civilians have been killed by explosives in the region since April, the regional government
/// said" after "Kursk Governor Alexander Khinshtein said": a regional government is the region's, not the state's. The
/// anaphor was resolved as "the government" is, to the country's (the Kremlin), and <see cref="RegionalHead"/> then
/// had nothing to refuse (Unseen49 washingtonpost-north-korean-deminers-kursk-red-star). "The regional government",
/// "the regional authorities", "the regional administration" (attribution.json <c>regionalGovernmentHeads</c>) take
/// the regional administration named last before them (a governor by name or title). With none named, the words are
/// resolved as before: "A regional administration statement said" in a Sumy story stays the Ukrainian government
/// (golden case a_regional_administration_statement, which read nobody when this rule first gave none). A body the
/// registry holds as regional ("Darfur regional government") is kept. Golden case:
/// the_regional_government_is_the_governors_administration.
/// </summary>
internal static class RegionalGovernment
{
    private const string Regional = "regional";
    private const string AdministrationSuffix = " regional administration";
    private static readonly WordSet Heads = WordLists.Set("regionalGovernmentHeads");

    /// <summary>Whether the anaphor's words are a regional government's ("the regional authorities").</summary>
    public static bool Is(string words)
    {
        var span = words.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        return space > 0 && Heads.Contains(span[(space + 1)..]) && span[..space].EndsWith(Regional, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body a regional government's words stand for: one resolved as regional, else the administration named last before <paramref name="start"/>, else the one resolved.</summary>
    public static SourceDefinition? Body(SourceDefinition? resolved, int start, IReadOnlyList<SourceMention> mentions)
    {
        if (resolved is not null && resolved.Name.Contains(Regional, StringComparison.OrdinalIgnoreCase))
        {
            return resolved;
        }
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start < start && mentions[k].Source is { } named && named.Name.EndsWith(AdministrationSuffix, StringComparison.Ordinal))
            {
                return named;
            }
        }
        return resolved;
    }
}
