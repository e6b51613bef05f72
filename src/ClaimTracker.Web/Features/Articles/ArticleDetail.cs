using ClaimTracker.Core.Articles;
using ClaimTracker.Web.Features.Claims;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>One article with its cleaned text and claims: GET /api/articles/{id}.</summary>
public sealed record ArticleDetail
{
    public int Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    /// <summary>Where the story was filed from (its dateline's place unless an editor gave one).</summary>
    public string? Place { get; init; }
    public DateOnly? Published { get; init; }
    public bool PublishedInferred { get; init; }
    /// <summary>day, month or year: "2025-11-01" with month is November 2025.</summary>
    public ClaimTracker.Core.Claims.AsOfPrecision? PublishedPrecision { get; init; }
    public DateTime IngestedAt { get; init; }
    public string? IngestedBy { get; init; }
    public ArticleFormat Format { get; init; }
    /// <summary>Set when the article was stored with a caveat, e.g. that only the first 1,000 claims were kept.</summary>
    public string? Warning { get; init; }
    /// <summary>The cleaned text; claims' Start/End index into it.</summary>
    public required string Text { get; init; }
    public IReadOnlyList<ClaimView> Claims { get; init; } = [];
}
