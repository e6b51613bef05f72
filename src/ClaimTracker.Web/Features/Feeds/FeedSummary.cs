namespace ClaimTracker.Web.Features.Feeds;

/// <summary>A feed as the Feeds page and GET /api/feeds show it.</summary>
public sealed record FeedSummary
{
    public int Id { get; init; }
    public required string Url { get; init; }
    public string? Outlet { get; init; }
    public bool Paused { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastPolledAt { get; init; }
    public int ItemsTaken { get; init; }
    public string? LastError { get; init; }
}
