namespace ClaimTracker.Web.Features.Feeds;

/// <summary>The 409 body of POST /api/feeds for a feed already followed (as the OpenAPI document describes it).</summary>
public sealed record FeedConflictProblem(string? Type, string Title, int Status, string? Detail, int ExistingId);
