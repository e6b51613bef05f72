namespace ClaimTracker.Web.Features.Articles;

/// <summary>An article in a list: GET /api/articles.</summary>
public sealed record ArticleSummary
{
    public int Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    public bool PublishedInferred { get; init; }
    /// <summary>day, month or year: "2025-11-01" with month is November 2025.</summary>
    public ClaimTracker.Core.Claims.AsOfPrecision? PublishedPrecision { get; init; }
    public int ClaimCount { get; init; }
}
