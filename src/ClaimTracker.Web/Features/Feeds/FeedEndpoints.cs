using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.ApiContract;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Web.Features.Feeds;

/// <summary>/api/feeds: list (readers), add, pause, resume and delete (editors).</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var feeds = api.MapGroup("/feeds").WithTags("Feeds")
            .WithTagDescription("Feeds", "RSS and Atom feeds the server follows, ingesting their new items as articles.");
        feeds.MapGet("/", ListAsync).WithName("ListFeeds")
            .WithSummary("The feeds followed, with their last poll, items taken and last error.");
        feeds.MapPost("/", AddAsync).WithName("AddFeed").RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Follows an RSS or Atom feed: {url, outlet?}. Polled at once, then every Feeds:PollSeconds; new items are ingested "
                + "as the calling editor. 201 with the feed; 400 for a bad URL; 409 with existingId when it is already followed.")
            .Produces<FeedSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces<FeedConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithRequestExample("feed", "A feed and the outlet its items come from",
                """{"url":"https://news.example/world/rss.xml","outlet":"Example Times"}""");
        feeds.MapPost("/{id:int}/pause", (int id, HttpContext context, FeedSubscriptions subscriptions, CancellationToken ct) =>
                SetPausedAsync(id, true, context, subscriptions, ct))
            .WithName("PauseFeed").RequireAuthorization(AccessPolicies.Write).WithSummary("Stops polling a feed until it is resumed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        feeds.MapPost("/{id:int}/resume", (int id, HttpContext context, FeedSubscriptions subscriptions, CancellationToken ct) =>
                SetPausedAsync(id, false, context, subscriptions, ct))
            .WithName("ResumeFeed").RequireAuthorization(AccessPolicies.Write).WithSummary("Polls a paused feed again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        feeds.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteFeed").RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Stops following a feed; the articles taken from it stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<FeedSummary>>> ListAsync(FeedSubscriptions subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await subscriptions.ListAsync(cancellationToken));

    private static async Task<Results<Created<FeedSummary>, ProblemHttpResult>> AddAsync(
        FeedSubmission? submission, HttpContext context, FeedSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        var result = await subscriptions.AddAsync(submission?.Url, submission?.Outlet, WriteAccess.UserName(context.User), cancellationToken);
        if (result.Feed is { } feed)
        {
            return TypedResults.Created($"/api/feeds/{feed.Id}", feed);
        }
        return result.ExistingId is int existing
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Feed already followed", detail: result.Message,
                extensions: new Dictionary<string, object?> { ["existingId"] = existing })
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad feed", detail: result.Message);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetPausedAsync(
        int id, bool paused, HttpContext context, FeedSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.SetPausedAsync(id, paused, WriteAccess.UserName(context.User), cancellationToken)
            ? TypedResults.NoContent()
            : NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, HttpContext context, FeedSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.DeleteAsync(id, WriteAccess.UserName(context.User), cancellationToken)
            ? TypedResults.NoContent()
            : NotFound(id);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Feed not found", detail: $"There is no feed #{id}.");
}
