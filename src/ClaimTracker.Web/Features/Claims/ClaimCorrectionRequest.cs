using ClaimTracker.Core.Claims;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>
/// The body of PATCH /api/claims/{id} as the OpenAPI document describes it (<see cref="ClaimPatch"/> reads it): a JSON
/// merge patch, so a field left out keeps its value and <c>null</c> clears it; <see cref="Version"/> is the one read, and
/// may be left out when an If-Match header carries the claim's ETag instead.
/// </summary>
public sealed record ClaimCorrectionRequest
{
    public int? Version { get; init; }
    public string? Subject { get; init; }
    public Metric? Metric { get; init; }
    public ClaimStatus? Status { get; init; }
    public Qualifier? Qualifier { get; init; }
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public DateOnly? AsOf { get; init; }
    public ReviewState? Review { get; init; }

    /// <summary>A source's canonical name (GET /api/sources), or <see cref="SourceId"/>: not both.</summary>
    public string? Source { get; init; }

    public int? SourceId { get; init; }
}
