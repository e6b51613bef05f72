using System.Globalization;

namespace ClaimTracker.Core.Claims;

/// <summary>The claims found in one article, and whether the extractor stopped at its limit of claims per article.</summary>
public sealed record ClaimExtraction(IReadOnlyList<ExtractedClaim> Claims, bool ReachedLimit, int Limit)
{
    /// <summary>What to tell the editor when the limit was reached; null otherwise.</summary>
    public string? Warning => ReachedLimit
        ? string.Create(CultureInfo.InvariantCulture,
            $"The article has more than {Limit:N0} figures about people; only the first {Limit:N0} claims were kept.")
        : null;
}
