namespace ClaimTracker.Web.Features.Articles;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleListItem(int Id, string Title, string? Outlet, DateOnly? PublishedAt, DateTime IngestedAt, int ClaimCount);
