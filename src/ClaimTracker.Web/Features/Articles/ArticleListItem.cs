using ClaimTracker.Core.Claims;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>An article as lists show it; <see cref="PublishedPrecision"/> makes a month "Nov 2025", not its first day.</summary>
public sealed record ArticleListItem(
    int Id, string Title, string? Outlet, DateOnly? PublishedAt, DateTime IngestedAt, int ClaimCount, AsOfPrecision? PublishedPrecision = null);
