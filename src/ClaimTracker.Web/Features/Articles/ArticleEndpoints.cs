using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>GET /api/articles and GET /api/articles/{id}.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var articles = api.MapGroup("/articles").WithTags("Articles");
        articles.MapGet("/", ListAsync).WithName("ListArticles").WithSummary("All stored articles, newest first, with their claim counts.");
        articles.MapGet("/{id:int}", GetAsync).WithName("GetArticle").WithSummary("One article with its text and claims.");
        return api;
    }

    private static async Task<Ok<List<ArticleSummary>>> ListAsync(IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Select(a => new ArticleSummary
            {
                Id = a.Id,
                Title = a.Title,
                Outlet = a.Outlet,
                Published = a.PublishedAt,
                PublishedInferred = a.PublishedInferred,
                ClaimCount = a.Claims.Count,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(articles);
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(
        int id, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleDetail
            {
                Id = a.Id,
                Title = a.Title,
                Outlet = a.Outlet,
                Url = a.Url,
                Author = a.Author,
                Published = a.PublishedAt,
                PublishedInferred = a.PublishedInferred,
                IngestedAt = a.IngestedAt,
                IngestedBy = a.IngestedBy,
                Format = a.Format,
                Text = a.Text,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Article not found",
                detail: $"There is no article #{id}.");
        }
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start)
            .Select(ClaimProjection.ToView)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(article with { Claims = claims });
    }
}
