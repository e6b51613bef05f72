using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Claims;

/// <summary>What /api/claims narrows the list to: subject (contains), metric, status, review, article, source name ("none": unattributed).</summary>
public sealed record ClaimListFilter
{
    public string? Subject { get; init; }
    public Metric? Metric { get; init; }
    public ClaimStatus? Status { get; init; }
    public ReviewState? Review { get; init; }
    public int? ArticleId { get; init; }
    public string? Source { get; init; }
}
