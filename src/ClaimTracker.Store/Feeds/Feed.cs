namespace ClaimTracker.Store.Feeds;

/// <summary>An RSS or Atom feed an editor subscribed to: its new items are fetched and ingested as that editor.</summary>
public sealed class Feed
{
    public int Id { get; set; }
    public required string Url { get; set; }
    /// <summary>The outlet given to the feed's articles when their pages do not name one.</summary>
    public string? Outlet { get; set; }
    public bool Paused { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastPolledAt { get; set; }
    /// <summary>
    /// When an instance took the feed for a poll still running (null when none is): instances sharing a database poll
    /// each due feed once, not once each.
    /// </summary>
    public DateTime? PollStartedAt { get; set; }
    /// <summary>Items ingested from this feed so far.</summary>
    public int ItemsTaken { get; set; }
    /// <summary>What went wrong at the last poll (the feed, or its failing items); null when it went well.</summary>
    public string? LastError { get; set; }
}
