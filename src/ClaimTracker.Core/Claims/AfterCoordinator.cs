namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the ministry and the civil defence said": two bodies credited together; the first speaks for the count, found as
/// "the ministry" would be, where read as one name the pair spoke for nobody. Golden case: bodies_credited_together.
/// </summary>
internal static class AfterCoordinator
{
    /// <summary>"the ministry" for "the ministry and the civil defence", or null unless both sides are bodies pointed back to.</summary>
    public static string? First(string words)
    {
        var and = words.IndexOf(" and the ", StringComparison.OrdinalIgnoreCase);
        if (and < 0 || !words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var left = words[..and];
        var right = words[(and + 5)..];
        return IsBody(left) && IsBody(right) ? left : null;
    }

    // "the ministry", "the civil defence": a few words closed by a body's head noun, with no second "and".
    private static bool IsBody(string side)
    {
        var parts = side.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 2 and <= 4 && !side.Contains(" and ", StringComparison.OrdinalIgnoreCase)
            && ClaimLexicon.AnaphorNouns.Contains(parts[^1]);
    }
}
