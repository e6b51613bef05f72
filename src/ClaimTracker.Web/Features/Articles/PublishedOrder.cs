using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// Articles by publication date as SQLite sorts them: undated last when newest first, first when oldest first. PostgreSQL
/// sorts NULL the other way round, so there the order says where undated articles go; SQLite keeps its index-backed plan.
/// </summary>
public static class PublishedOrder
{
    public static IOrderedQueryable<Article> NewestFirst(IQueryable<Article> articles, DatabaseFacade database) =>
        database.IsNpgsql()
            ? articles.OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt)
            : articles.OrderByDescending(a => a.PublishedAt);

    public static IOrderedQueryable<Article> OldestFirst(IQueryable<Article> articles, DatabaseFacade database) =>
        database.IsNpgsql()
            ? articles.OrderByDescending(a => a.PublishedAt == null).ThenBy(a => a.PublishedAt)
            : articles.OrderBy(a => a.PublishedAt);
}
