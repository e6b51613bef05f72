namespace ClaimTracker.Web.Features.Feeds;

/// <summary>The JSON body of POST /api/feeds.</summary>
public sealed record FeedSubmission
{
    public string? Url { get; init; }
    public string? Outlet { get; init; }
}
