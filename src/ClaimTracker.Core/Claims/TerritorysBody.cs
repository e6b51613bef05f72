namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The number of Palestinians killed in Gaza … has passed 31,200, the territory's health ministry said": "the
/// territory's X" speaks as "the X" does, for the body of the place the sentence named ("in Gaza") or the dateline's,
/// never for a nationality that only names who struck ("Israeli strikes killed 32 people across the territory, the
/// enclave's health ministry said" keeps no source). Golden cases: territorys_health_ministry,
/// possessive_attributor_keeps_its_possessor.
/// </summary>
internal static class TerritorysBody
{
    private static readonly WordSet TerritoryOwners = WordLists.Set("territoryOwners");

    /// <summary>"the health ministry" for "the territory's health ministry", or null when the words do not open so.</summary>
    public static string? Owned(string words)
    {
        var span = words.AsSpan().Trim();
        if (!span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = span[4..];
        var apostrophe = rest.IndexOfAny('’', '\'');
        if (apostrophe <= 0 || !TerritoryOwners.Contains(rest[..apostrophe]) || !rest[(apostrophe + 1)..].StartsWith("s ", StringComparison.Ordinal))
        {
            return null;
        }
        return "the " + rest[(apostrophe + 3)..].ToString();
    }
}
