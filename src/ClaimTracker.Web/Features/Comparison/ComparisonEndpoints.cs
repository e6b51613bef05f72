using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Comparison;

/// <summary>GET /api/comparison: the rows and source columns the comparison page shows, for the same URL parameters.</summary>
public static class ComparisonEndpoints
{
    public static IEndpointRouteBuilder MapComparisonEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/comparison", RunAsync)
            .WithName("GetComparison")
            .WithTags("Comparison")
            .WithSummary("The comparison grid. Parameters as on the page: subject, metric, status, sources (comma list; 'none' = no source), "
                + "from, to (yyyy-MM-dd), review, credibility (comma list).");
        return api;
    }

    private static async Task<Results<Ok<ComparisonResult>, ValidationProblem>> RunAsync(
        ComparisonQuery query, CancellationToken cancellationToken,
        string? subject = null, string? metric = null, string? status = null, string? sources = null,
        string? from = null, string? to = null, string? review = null, string? credibility = null)
    {
        var (filter, errors) = new ComparisonParameters(subject, metric, status, sources, from, to, review, credibility).ToFilter();
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad comparison filter");
        }
        return TypedResults.Ok(await query.RunAsync(filter, cancellationToken));
    }
}
