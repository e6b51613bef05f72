using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Comparison;

/// <summary>
/// GET /api/comparison: one page of the rows and source columns the comparison page shows, for the same URL parameters;
/// /api/comparison/row and /api/comparison/cell: a row's or a cell's figures in full, on demand.
/// </summary>
public static class ComparisonEndpoints
{
    public static IEndpointRouteBuilder MapComparisonEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/comparison", RunAsync)
            .WithName("GetComparison")
            .WithTags("Comparison")
            .WithTagDescription("Comparison", "The side-by-side grid: one row per subject, metric and status, one column per source; a row or a cell in full.")
            .WithPaging()
            .WithSummary("One page of the comparison grid. Parameters as on the page: subject, metric, status, sources (comma list; 'none' = no source), "
                + $"from, to (yyyy-MM-dd), review, credibility (comma list); page, pageSize (default {ComparisonQuery.DefaultPageSize}, at most "
                + $"{ComparisonQuery.MaxPageSize}). X-Total-Count (rows) and Link headers. A cell holds its headline figure and counts.");
        api.MapGet("/comparison/row", RowAsync)
            .WithName("GetComparisonRow")
            .WithTags("Comparison")
            .WithSummary("One row in full, every source's figures with echoes (for its timeline): rowSubject, rowMetric, rowStatus, and the grid's filters.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/comparison/cell", CellAsync)
            .WithName("GetComparisonCell")
            .WithTags("Comparison")
            .WithSummary("One cell's figures, echoes and quotes: rowSubject, rowMetric, rowStatus, source (name or 'none'), and the grid's filters.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<ComparisonResult>, ValidationProblem>> RunAsync(
        HttpContext context, ComparisonQuery query, CancellationToken cancellationToken,
        string? subject = null, string? metric = null, string? status = null, string? sources = null,
        string? from = null, string? to = null, string? review = null, string? credibility = null, int? page = null, int? pageSize = null)
    {
        var (filter, errors) = new ComparisonParameters(subject, metric, status, sources, from, to, review, credibility).ToFilter();
        if (page is < 1)
        {
            errors["page"] = ["The first page is 1."];
        }
        if (pageSize is < 1 or > ComparisonQuery.MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {ComparisonQuery.MaxPageSize}."];
        }
        if (filter is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad comparison filter");
        }
        var paging = new Paging(page ?? 1, pageSize ?? ComparisonQuery.DefaultPageSize);
        var result = await query.RunAsync(filter, paging.Page, paging.PageSize, cancellationToken);
        paging.WriteHeaders(context, result.TotalRows);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ComparisonRow>, ValidationProblem, ProblemHttpResult>> RowAsync(
        ComparisonQuery query, CancellationToken cancellationToken, string? rowSubject = null, string? rowMetric = null, string? rowStatus = null,
        string? sources = null, string? from = null, string? to = null, string? review = null, string? credibility = null)
    {
        var (filter, row, errors) = Read(rowSubject, rowMetric, rowStatus, sources, from, to, review, credibility);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad comparison row");
        }
        var found = await query.RowAsync(filter, row.Subject, row.Metric, row.Status, cancellationToken);
        return found is null ? NotFound() : TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<ComparisonCell>, ValidationProblem, ProblemHttpResult>> CellAsync(
        ComparisonQuery query, CancellationToken cancellationToken, string? rowSubject = null, string? rowMetric = null, string? rowStatus = null,
        string? source = null, string? from = null, string? to = null, string? review = null, string? credibility = null)
    {
        var (filter, row, errors) = Read(rowSubject, rowMetric, rowStatus, null, from, to, review, credibility);
        if (string.IsNullOrWhiteSpace(source))
        {
            errors["source"] = [$"A source name, or '{ComparisonFilter.NoSource}' for the unattributed figures."];
        }
        if (filter is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad comparison cell");
        }
        var found = await query.RowAsync(filter with { Sources = [source!.Trim()] }, row.Subject, row.Metric, row.Status, cancellationToken);
        return found?.Cells is [var cell, ..] ? TypedResults.Ok(cell) : NotFound();
    }

    private static (ComparisonFilter? Filter, (string Subject, Metric Metric, ClaimStatus Status) Row, Dictionary<string, string[]> Errors) Read(
        string? rowSubject, string? rowMetric, string? rowStatus, string? sources, string? from, string? to, string? review, string? credibility)
    {
        var (filter, errors) = new ComparisonParameters(null, null, null, sources, from, to, review, credibility).ToFilter();
        if (string.IsNullOrWhiteSpace(rowSubject) || rowSubject.Length > ComparisonQuery.MaxSubjectFilterLength)
        {
            errors["rowSubject"] = ["The row's subject, exactly as the grid shows it."];
        }
        var metric = EnumText.Parse<Metric>(rowMetric);
        var status = EnumText.Parse<ClaimStatus>(rowStatus);
        if (metric is null)
        {
            errors["rowMetric"] = [$"One of: {string.Join(", ", SnakeCaseName.All<Metric>())}."];
        }
        if (status is null)
        {
            errors["rowStatus"] = [$"One of: {string.Join(", ", SnakeCaseName.All<ClaimStatus>())}."];
        }
        return errors.Count > 0 || filter is null
            ? (null, default, errors)
            : (filter, (rowSubject!, metric!.Value, status!.Value), errors);
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such comparison row", detail: "No claim matches this row (and source) for these filters.");
}
