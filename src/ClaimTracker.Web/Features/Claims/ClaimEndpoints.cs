using System.Text.Json;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>
/// GET /api/claims (filters, paging), GET /api/claims/{id} (with its ETag) and PATCH /api/claims/{id} (corrections with the
/// concurrency token, or the ETag in If-Match).
/// </summary>
public static class ClaimEndpoints
{
    private const int MaxPatchBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder api) => api.MapClaimReadEndpoints().MapClaimWriteEndpoints();

    private static IEndpointRouteBuilder MapClaimReadEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/claims", ListAsync)
            .WithName("ListClaims")
            .WithTags("Claims")
            .WithTagDescription("Claims", "The numeric claims extracted from the articles: list and filter them, read one, correct one.")
            .WithSummary("Claims, filtered by subject (contains), metric, status, review (snake_case) and source (canonical name, or 'none'). "
                + "Paged: ?page=1&pageSize=500 (at most 1000), or ?after={last claim id}&pageSize=500 (keyset: as fast deep in the list); "
                + "X-Total-Count and Link headers.")
            .WithPaging()
            .CacheOutput(StoreReadCache.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/claims/{id:int}", GetAsync).WithName("GetClaim").WithTags("Claims")
            .WithSummary("One claim, with its version and its ETag; 304 when If-None-Match names the ETag it still has.")
            .WithEntityTag("If-None-Match", "The ETag of the claim as last read: 304 Not Modified, with no body, while it still reads so.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IEndpointRouteBuilder MapClaimWriteEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPatch("/claims/{id:int}", PatchAsync)
            .RequireAuthorization(AccessPolicies.Write)
            .WithName("CorrectClaim")
            .WithTags("Claims")
            .WithSummary("Corrects a claim: a JSON merge patch of subject, metric, status, qualifier, value, low, high, asOf, review, "
                + "source (name) or sourceId, with the version you read (or its ETag in If-Match instead). 409 when someone saved it since "
                + "(412 when If-Match no longer names its ETag). Every change is audited.")
            .WithEntityTag("If-Match", "The ETag of the claim as read (GET /api/claims/{id}): the correction is refused with 412 when the claim "
                + "has changed since; the body's version may then be left out.")
            .Accepts<ClaimCorrectionRequest>("application/merge-patch+json", "application/json")
            .Produces<ClaimView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<EditConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithRequestExample("value", "Correct the figure, with the version read",
                """{"version":1,"value":12000,"review":"confirmed"}""", "application/merge-patch+json");
        return api;
    }

    private static async Task<Results<Ok<List<ClaimView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, ClaimListQuery query, string? subject, string? metric, string? status, string? source,
        string? review, int? articleId, int? page, int? pageSize, int? after, CancellationToken cancellationToken)
    {
        var (paging, pagingError) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad paging", detail: pagingError);
        }
        if (subject is { Length: > ComparisonQuery.MaxSubjectFilterLength })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Subject filter too long",
                detail: $"The subject filter is at most {ComparisonQuery.MaxSubjectFilterLength} characters.");
        }
        if (!TryFilter<Metric>(metric, "metric", out var metricFilter, out var problem)
            || !TryFilter<ClaimStatus>(status, "status", out var statusFilter, out problem)
            || !TryFilter<ReviewState>(review, "review", out var reviewFilter, out problem))
        {
            return problem!;
        }

        var filter = new ClaimListFilter
        {
            Subject = subject, Metric = metricFilter, Status = statusFilter, Review = reviewFilter, ArticleId = articleId, Source = source,
        };
        var (rows, total) = await query.PageAsync(filter, paging.Skip, paging.PageSize, after, cancellationToken);
        if (after is not null)
        {
            paging.WriteAfterHeaders(context, total, rows.Count == paging.PageSize ? rows[^1].Id : null);
            return TypedResults.Ok(rows);
        }
        paging.WriteHeaders(context, total);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<ClaimView>, ProblemHttpResult, StatusCodeHttpResult>> GetAsync(
        int id, HttpContext context, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        var claim = await LoadAsync(id, dbFactory, cancellationToken);
        if (claim is null)
        {
            return NotFound(id);
        }
        var tag = Tag(context, claim);
        return ClaimEntityTag.IsNamedBy(context.Request.Headers.IfNoneMatch, tag, strong: false)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(claim);
    }

    private static string Tag(HttpContext context, ClaimView claim)
    {
        var tag = ClaimEntityTag.Of(claim);
        context.Response.Headers.ETag = tag;
        return tag;
    }

    private static IResult Tagged(HttpContext context, ClaimView? claim, int id)
    {
        if (claim is null)
        {
            return NotFound(id);
        }
        Tag(context, claim);
        return TypedResults.Ok(claim);
    }

    /// <summary>
    /// The If-Match precondition: null when there is none or it names the claim's ETag (with the version it stands for),
    /// else the 404 or 412 to answer. The version check of the save still guards the moment between this read and the write.
    /// </summary>
    private static async Task<(IResult? Refusal, int? Version)> CheckIfMatchAsync(
        int id, HttpContext context, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        if (context.Request.Headers.IfMatch.Count == 0)
        {
            return (null, null);
        }
        if (await LoadAsync(id, dbFactory, cancellationToken) is not { } current)
        {
            return (NotFound(id), null);
        }
        var tag = Tag(context, current);
        if (ClaimEntityTag.IsNamedBy(context.Request.Headers.IfMatch, tag, strong: true))
        {
            return (null, current.Version);
        }
        return (TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed",
            detail: $"The claim has changed since you read it: If-Match names {context.Request.Headers.IfMatch}, its ETag is now {tag}. "
                + "Read it again and reapply your correction.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current.Version }), null);
    }

    private static async Task<IResult> PatchAsync(
        int id, HttpContext context, ClaimCorrection correction, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(mediaType, "application/merge-patch+json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the changes as application/merge-patch+json (or application/json).");
        }
        // Content-Length is checked up front, and the read itself stops at the limit for a chunked body, which has none.
        var bytes = context.Request.ContentLength > MaxPatchBytes
            ? null
            : await RequestBody.ReadCappedAsync(context.Request.Body, MaxPatchBytes, cancellationToken);
        if (bytes is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large", detail: "A claim correction is at most 256 KB.");
        }

        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: "The body is not valid JSON.");
        }

        var (refusal, matchedVersion) = await CheckIfMatchAsync(id, context, dbFactory, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var (patch, errors) = ClaimPatch.Parse(body, matchedVersion);
        if (patch is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The correction is not valid");
        }

        if (patch.ReviewAlone is { } review && await correction.TryReviewAsync(
                id, patch.Version, review, context.User, ApiTokenHandler.OwnerReadThisRequest(context), cancellationToken) is { } reviewed)
        {
            return reviewed.View is { } view ? Tagged(context, view, id) : Forbidden(reviewed.Message);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // The source's name comes with the claim, for the answer: a correction that keeps the source is not read back.
            var read = await db.Claims.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { Claim = c, Source = c.Source == null ? null : c.Source.Name })
                .FirstOrDefaultAsync(cancellationToken);
            if (read is null)
            {
                return NotFound(id);
            }
            var claim = read.Claim;
            var readSourceId = claim.SourceId;
            var edit = ClaimEdit.From(claim);
            patch.ApplyTo(edit, errors);
            if (patch.SetsSourceByName)
            {
                var name = patch.SourceName?.Trim();
                edit.SourceId = name is null ? null
                    : await db.Sources.Where(s => s.Name == name).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
                if (name is not null && edit.SourceId is null)
                {
                    errors["source"] = [$"There is no source named '{name}'. GET /api/sources lists them."];
                }
            }
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "The correction is not valid");
            }

            var result = await correction.SaveAsync(claim, patch.Version, edit, context.User, ApiTokenHandler.OwnerReadThisRequest(context), cancellationToken);
            switch (result.Outcome)
            {
                case ClaimSaveOutcome.Forbidden:
                    return Forbidden(result.Message);
                case ClaimSaveOutcome.Saved or ClaimSaveOutcome.Unchanged:
                    // The claim as this save left it (its version check says nobody wrote between the read and the save).
                    return Tagged(context, claim.SourceId == readSourceId ? ClaimProjection.Of(claim, read.Source) : await LoadAsync(id, dbFactory, cancellationToken), id);
                case ClaimSaveOutcome.NotFound:
                    return NotFound(id);
                case ClaimSaveOutcome.Conflict:
                    return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Edit conflict", detail: result.Message,
                        extensions: new Dictionary<string, object?> { ["yourVersion"] = patch.Version, ["currentVersion"] = result.Version });
                default:
                    return TypedResults.ValidationProblem(
                        result.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                        detail: result.Message, title: "The correction is not valid");
            }
        }
    }

    private static bool TryFilter<T>(string? text, string name, out T? value, out ProblemHttpResult? problem) where T : struct, Enum
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (SnakeCaseName.TryParse<T>(text, out var parsed))
        {
            value = parsed;
            return true;
        }
        problem = TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Unknown {name}",
            detail: $"'{text}' is not a {name}. Use one of: {string.Join(", ", SnakeCaseName.All<T>())}.");
        return false;
    }

    private static ProblemHttpResult Forbidden(string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: message);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Claim not found", detail: $"There is no claim #{id}.");

    private static async Task<ClaimView?> LoadAsync(int id, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Claims.AsNoTracking().Where(c => c.Id == id).Select(ClaimProjection.ToView).FirstOrDefaultAsync(cancellationToken);
    }
}
