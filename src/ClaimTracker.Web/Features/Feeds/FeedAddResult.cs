namespace ClaimTracker.Web.Features.Feeds;

/// <summary>The new feed, or why it was not added (a bad URL, or the feed is already there).</summary>
public sealed record FeedAddResult
{
    public FeedSummary? Feed { get; init; }
    public int? ExistingId { get; init; }
    public string? Message { get; init; }
}
