using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>
/// GET /api/sources: the registry with aliases, credibility and claim counts (?status=proposed for those awaiting an
/// editor); POST /api/sources/{id}/approve, /merge?into={id} and /reject answer a proposed source.
/// </summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/sources", ListAsync)
            .WithName("ListSources")
            .WithTags("Sources")
            .WithTagDescription("Sources", "The registry of sources claims are attributed to (ministries, agencies, NGOs...), with aliases and credibility.")
            .WithSummary("Every source with its aliases, kind, country, editor's credibility rating, status and number of claims; "
                + "?status=proposed (or registered) lists only those.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/sources/{id:int}/approve", ApproveAsync)
            .RequireAuthorization(AccessPolicies.Write)
            .WithName("ApproveSource")
            .WithTags("Sources")
            .WithSummary("Approves a proposed source into the registry; its claims stay with it. 404 unknown, 409 no longer proposed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/sources/{id:int}/merge", MergeAsync)
            .RequireAuthorization(AccessPolicies.Write)
            .WithName("MergeSource")
            .WithTags("Sources")
            .WithSummary("Merges a source (usually a proposed one) into the registered source ?into={id}: its claims move there and its "
                + "names become aliases. 400 into itself or into a proposed source, 404 unknown, 409 changed meanwhile.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/sources/{id:int}/reject", RejectAsync)
            .RequireAuthorization(AccessPolicies.Write)
            .WithName("RejectSource")
            .WithTags("Sources")
            .WithSummary("Rejects a proposed source: its claims go back to no source (keeping the words that named it). 404 unknown, 409 no longer proposed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SourceSummary>>, ProblemHttpResult>> ListAsync(
        SourceCuration curation, string? status, CancellationToken cancellationToken)
    {
        SourceStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!SnakeCaseName.TryParse<SourceStatus>(status, out var parsed))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown status",
                    detail: $"'{status}' is not a source status. Use one of: {string.Join(", ", SnakeCaseName.All<SourceStatus>())}.");
            }
            wanted = parsed;
        }
        return TypedResults.Ok(await curation.ListAsync(wanted, cancellationToken));
    }

    private static async Task<Results<Ok<SourceChange>, ProblemHttpResult>> ApproveAsync(
        int id, SourceCuration curation, HttpContext context, CancellationToken cancellationToken) =>
        Answer(await curation.ApproveAsync(id, context.User, cancellationToken));

    private static async Task<Results<Ok<SourceChange>, ProblemHttpResult>> RejectAsync(
        int id, SourceCuration curation, HttpContext context, CancellationToken cancellationToken) =>
        Answer(await curation.RejectAsync(id, context.User, cancellationToken));

    private static async Task<Results<Ok<SourceChange>, ProblemHttpResult>> MergeAsync(
        int id, int? into, SourceCuration curation, HttpContext context, CancellationToken cancellationToken)
    {
        if (into is not { } intoId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No target",
                detail: "Say which source to merge into: POST /api/sources/{id}/merge?into={target id}.");
        }
        return Answer(await curation.MergeAsync(id, intoId, context.User, cancellationToken));
    }

    private static Results<Ok<SourceChange>, ProblemHttpResult> Answer(SourceChange change) => change.Refusal switch
    {
        null => TypedResults.Ok(change),
        SourceRefusal.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Source not found", detail: change.Message),
        SourceRefusal.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Source changed meanwhile", detail: change.Message),
        SourceRefusal.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: change.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Change refused", detail: change.Message),
    };
}
