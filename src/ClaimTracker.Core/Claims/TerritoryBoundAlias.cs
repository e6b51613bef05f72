using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Palestinian health ministry said" in a story set in Jenin: the registry files that name under Gaza's ministry,
/// which is what it means in Gaza stories; where the last place named before it is in the West Bank, it is the
/// Ramallah ministry, a body the registry does not hold. Aliases and places are data (attribution.json
/// <c>territoryBoundAliases</c>, <c>territoryPlaces</c>, <c>placesOutsideTheTerritory</c>). Golden case: palestinian_ministry_in_a_west_bank_story.
/// </summary>
internal static class TerritoryBoundAlias
{
    // How far back the place is looked for: the sentence and a few before it, so a long text costs bounded work per mention.
    private const int LookBack = 1500;

    private static readonly WordSet Aliases = WordLists.Set("territoryBoundAliases");
    private static readonly string[] Territory = [.. WordLists.Set("territoryPlaces").Words];
    private static readonly string[] Elsewhere = [.. WordLists.Set("placesOutsideTheTerritory").Words];

    /// <summary>The mentions without a territory-bound alias whose nearest place before it lies outside the territory.</summary>
    public static IReadOnlyList<SourceMention> Without(string text, IReadOnlyList<SourceMention> mentions) =>
        SourceMentions.Without(mentions, m => Aliases.Contains(m.Text) && LastPlace(text, m.Start, Elsewhere) > LastPlace(text, m.Start, Territory));

    private static int LastPlace(string text, int before, string[] places)
    {
        var from = Math.Max(0, before - LookBack);
        var last = -1;
        if (before == 0)
        {
            return last;
        }
        foreach (var place in places)
        {
            last = Math.Max(last, text.LastIndexOf(place, before - 1, before - from, StringComparison.OrdinalIgnoreCase));
        }
        return last;
    }
}
