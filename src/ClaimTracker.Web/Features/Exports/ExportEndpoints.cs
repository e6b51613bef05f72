using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Features.Comparison;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Features.Exports;

/// <summary>
/// /api/exports/claims.csv, .json and .claimreview.json (the claims of the comparison for the page's own URL parameters) and
/// /api/claims/{id}/claimreview (one claim as schema.org ClaimReview JSON-LD).
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var exports = api.MapGroup("/exports").WithTags("Exports")
            .WithTagDescription("Exports", "The comparison's claims as CSV or JSON, and one claim as schema.org ClaimReview.");
        exports.MapGet("/claims.csv", Csv).WithName("ExportClaimsCsv")
            .WithSummary("The comparison's claims as CSV, for the comparison page's filter parameters.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        exports.MapGet("/claims.json", Json).WithName("ExportClaimsJson")
            .WithSummary("The comparison's claims as a JSON array, for the comparison page's filter parameters.")
            .Produces<List<ClaimExportRow>>(StatusCodes.Status200OK);
        exports.MapGet("/claims.claimreview.json", ClaimReviews).WithName("ExportClaimReviews")
            .WithSummary("The comparison's claims as a JSON array of schema.org ClaimReview records, for the comparison page's filter parameters.")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/ld+json");
        api.MapGet("/claims/{id:int}/claimreview", ClaimReviewAsync).WithName("GetClaimReview").WithTags("Exports")
            .WithSummary("One claim as a schema.org ClaimReview JSON-LD record.")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/ld+json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Csv(
        HttpRequest request, ClaimExport export,
        string? subject = null, string? metric = null, string? status = null, string? sources = null,
        string? from = null, string? to = null, string? review = null, string? credibility = null) =>
        Stream(request, new ComparisonParameters(subject, metric, status, sources, from, to, review, credibility),
            async (body, filter, appRoot, cancellationToken) =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
                await ClaimCsv.WriteAsync(export.RowsAsync(filter, appRoot, cancellationToken), writer, cancellationToken);
            },
            "text/csv; charset=utf-8", "claims.csv");

    private static Results<PushStreamHttpResult, ValidationProblem> Json(
        HttpRequest request, ClaimExport export, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        string? subject = null, string? metric = null, string? status = null, string? sources = null,
        string? from = null, string? to = null, string? review = null, string? credibility = null) =>
        // An async sequence is written as a JSON array element by element, flushed as the buffer fills.
        Stream(request, new ComparisonParameters(subject, metric, status, sources, from, to, review, credibility),
            (body, filter, appRoot, cancellationToken) =>
                JsonSerializer.SerializeAsync(body, export.RowsAsync(filter, appRoot, cancellationToken), json.Value.SerializerOptions, cancellationToken),
            "application/json; charset=utf-8", "claims.json");

    private static Results<PushStreamHttpResult, ValidationProblem> ClaimReviews(
        HttpRequest request, ClaimReviewExport export,
        string? subject = null, string? metric = null, string? status = null, string? sources = null,
        string? from = null, string? to = null, string? review = null, string? credibility = null) =>
        Stream(request, new ComparisonParameters(subject, metric, status, sources, from, to, review, credibility),
            (body, filter, appRoot, cancellationToken) =>
                JsonSerializer.SerializeAsync(body, export.RecordsAsync(filter, appRoot, cancellationToken), cancellationToken: cancellationToken),
            "application/ld+json; charset=utf-8", "claims.claimreview.json");

    /// <summary>
    /// Every export is written to the response as its rows are read, so memory stays flat however many claims match;
    /// a bad filter is refused before anything is written.
    /// </summary>
    private static Results<PushStreamHttpResult, ValidationProblem> Stream(
        HttpRequest request, ComparisonParameters parameters, Func<Stream, ComparisonFilter, Uri, CancellationToken, Task> write,
        string contentType, string fileName)
    {
        var (filter, errors) = parameters.ToFilter();
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad comparison filter");
        }
        var appRoot = AppRoot(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        return TypedResults.Stream(body => write(body, filter, appRoot, cancellationToken), contentType, fileName);
    }

    private static async Task<IResult> ClaimReviewAsync(int id, HttpRequest request, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.Claims.AsNoTracking().Include(c => c.Article).Include(c => c.Source).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim?.Article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Claim not found", detail: $"There is no claim #{id}.");
        }
        var record = ClaimReviewRecord.Build(claim, claim.Article, AppRoot(request));
        return TypedResults.Text(record.ToJsonString(), "application/ld+json; charset=utf-8", Encoding.UTF8);
    }

    private static Uri AppRoot(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
