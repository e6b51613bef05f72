namespace ClaimTracker.Web.Features.Articles;

/// <summary>An article in a list: GET /api/articles.</summary>
public sealed record ArticleSummary
{
    public int Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    public bool PublishedInferred { get; init; }
    public int ClaimCount { get; init; }
}
