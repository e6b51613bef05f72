using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>GET /api/claims?subject=&amp;metric=&amp;source=</summary>
public static class ClaimEndpoints
{
    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/claims", ListAsync)
            .WithName("ListClaims")
            .WithTags("Claims")
            .WithSummary("Claims, filtered by subject (contains), metric (snake_case) and source (canonical name).");
        return api;
    }

    private static async Task<Results<Ok<List<ClaimView>>, ProblemHttpResult>> ListAsync(
        IDbContextFactory<ClaimTrackerDb> dbFactory, string? subject, string? metric, string? source, CancellationToken cancellationToken)
    {
        Metric? metricFilter = null;
        if (!string.IsNullOrWhiteSpace(metric))
        {
            if (!SnakeCaseName.TryParse<Metric>(metric, out var parsed))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unknown metric",
                    detail: $"'{metric}' is not a metric. Use one of: {string.Join(", ", SnakeCaseName.All<Metric>())}.");
            }
            metricFilter = parsed;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claims = db.Claims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(subject))
        {
            // LIKE ignores case (ASCII) in SQLite; the user's % and _ are matched literally.
            var pattern = "%" + subject.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            claims = claims.Where(c => EF.Functions.Like(c.Subject, pattern, "\\"));
        }
        if (metricFilter is Metric m)
        {
            claims = claims.Where(c => c.Metric == m);
        }
        if (!string.IsNullOrWhiteSpace(source))
        {
            var name = source.Trim();
            claims = claims.Where(c => c.Source != null && c.Source.Name == name);
        }
        return TypedResults.Ok(await claims
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Start)
            .Select(ClaimProjection.ToView)
            .ToListAsync(cancellationToken));
    }
}
