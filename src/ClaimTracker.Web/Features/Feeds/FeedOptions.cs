namespace ClaimTracker.Web.Features.Feeds;

/// <summary>The <c>Feeds</c> configuration section.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Seconds between two polls of the same feed (default 900, a quarter of an hour). A new feed is polled at once.</summary>
    public int PollSeconds { get; set; } = 900;

    /// <summary>Items taken from one feed at one poll, newest first, so a first poll of a long archive stays bounded.</summary>
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>Feeds polled at the same time by one instance (default 4): a slow feed holds up only its own slot.</summary>
    public int ConcurrentPolls { get; set; } = 4;

    /// <summary>
    /// Minutes after which a feed taken for a poll that never finished (its instance stopped) may be taken again
    /// (default 30: well over a poll of <see cref="MaxItemsPerPoll"/> pages at the fetch's time limit).
    /// </summary>
    public int PollLeaseMinutes { get; set; } = 30;
}
