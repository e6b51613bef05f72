using System.ServiceModel.Syndication;
using System.Xml;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.UrlIngest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Features.Feeds;

/// <summary>
/// Polls feeds: fetches each due feed under the URL guard, and ingests each new item's page through <see cref="LinkIngest"/>
/// as the feed's editor. Items already stored are skipped by URL (before fetching) and by content hash (by the ingest).
/// One failing item or feed is recorded in the feed's last error and never stops the others.
/// </summary>
public sealed partial class FeedReader(
    IDbContextFactory<ClaimTrackerDb> dbFactory,
    PageFetcher fetcher,
    LinkIngest links,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedReader> logger)
{
    private const int MaxErrorLength = 2000;

    private static readonly XmlReaderSettings SafeXml = new()
    {
        // A feed is someone else's XML: no DTDs, no external entities.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>
    /// Polls every feed that is not paused and was not polled within <see cref="FeedOptions.PollSeconds"/>, a few at a
    /// time (<see cref="FeedOptions.ConcurrentPolls"/>), so one slow feed does not hold up the rest. Each feed is first
    /// taken (<see cref="TakeForPollAsync"/>), so instances sharing a database, or a round that overlaps the one before,
    /// poll a due feed once.
    /// </summary>
    public async Task PollDueAsync(CancellationToken cancellationToken)
    {
        var dueBefore = time.GetUtcNow().UtcDateTime.AddSeconds(-options.Value.PollSeconds);
        List<Feed> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Feeds.AsNoTracking()
                .Where(f => !f.Paused && (f.LastPolledAt == null || f.LastPolledAt <= dueBefore))
                .OrderBy(f => f.LastPolledAt).ThenBy(f => f.Id)
                .ToListAsync(cancellationToken);
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ConcurrentPolls), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (feed, token) =>
        {
            if (!await TakeForPollAsync(feed.Id, dueBefore, token))
            {
                return;
            }
            try
            {
                await PollAsync(feed, token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFeedFailed(e, feed.Id, feed.Url);
                await RecordAsync(feed.Id, 0, [$"The poll failed on our side ({e.GetType().Name})."], token);
            }
        });
    }

    /// <summary>
    /// Marks a due feed as being polled, in one conditional update: only the first taker of a round sees a row change.
    /// A mark older than <see cref="FeedOptions.PollLeaseMinutes"/> is an instance that stopped mid-poll and no longer
    /// holds the feed back.
    /// </summary>
    private async Task<bool> TakeForPollAsync(int feedId, DateTime dueBefore, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var abandonedBefore = now.AddMinutes(-Math.Max(1, options.Value.PollLeaseMinutes));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.Feeds
            .Where(f => f.Id == feedId && !f.Paused && (f.LastPolledAt == null || f.LastPolledAt <= dueBefore)
                && (f.PollStartedAt == null || f.PollStartedAt <= abandonedBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.PollStartedAt, now), cancellationToken);
        return taken == 1;
    }

    /// <summary>Polls one feed now; returns the number of articles taken.</summary>
    private async Task<int> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var errors = new List<string>();
        var taken = 0;
        var page = await fetcher.FetchFeedAsync(feed.Url, cancellationToken);
        if (page.Content is null)
        {
            errors.Add(page.Message ?? "The feed could not be fetched.");
        }
        else if (Items(page.Content, page.FinalUrl ?? new Uri(feed.Url), out var error) is { } items)
        {
            foreach (var item in items.Take(options.Value.MaxItemsPerPoll))
            {
                try
                {
                    if (await TakeAsync(feed, item, errors, cancellationToken))
                    {
                        taken++;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogItemFailed(e, feed.Id, item.Link.AbsoluteUri);
                    errors.Add($"{item.Link.AbsoluteUri}: failed on our side ({e.GetType().Name}).");
                }
            }
        }
        else
        {
            errors.Add(error!);
        }
        await RecordAsync(feed.Id, taken, errors, cancellationToken);
        LogPolled(feed.Id, feed.Url, taken, errors.Count);
        return taken;
    }

    private async Task<bool> TakeAsync(Feed feed, FeedItem item, List<string> errors, CancellationToken cancellationToken)
    {
        if (await links.FindByUrlAsync(item.Link.AbsoluteUri, cancellationToken) is not null)
        {
            return false;
        }
        var metadata = new IngestRequest { Outlet = feed.Outlet, PublishedAt = item.Published, IngestedBy = feed.CreatedBy };
        var result = await links.IngestAsync(item.Link.AbsoluteUri, metadata, user: null, cancellationToken);
        switch (result.Ingest?.Outcome)
        {
            case IngestOutcome.Saved:
                return true;
            case IngestOutcome.Duplicate:
                // The same text under another link: already stored, nothing to report.
                return false;
            default:
                errors.Add($"{item.Link.AbsoluteUri}: {result.Message ?? result.Ingest?.Message ?? "could not be ingested."}");
                return false;
        }
    }

    private async Task RecordAsync(int feedId, int taken, List<string> errors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lastError = errors.Count == 0 ? null : string.Join(" · ", errors);
        if (lastError?.Length > MaxErrorLength)
        {
            lastError = lastError[..(MaxErrorLength - 1)] + "…";
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Feeds.Where(f => f.Id == feedId).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.LastPolledAt, now)
            .SetProperty(f => f.PollStartedAt, (DateTime?)null)
            .SetProperty(f => f.ItemsTaken, f => f.ItemsTaken + taken)
            .SetProperty(f => f.LastError, lastError), cancellationToken);
    }

    /// <summary>The feed's items with a web link, newest first; null with a reason when it is not RSS or Atom.</summary>
    internal static List<FeedItem>? Items(byte[] content, Uri feedUrl, out string? error)
    {
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var xml = XmlReader.Create(stream, SafeXml);
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or FormatException)
        {
            error = "The address does not serve an RSS or Atom feed (the XML could not be read as one).";
            return null;
        }
        error = null;
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri
                ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null);
            if (link is null)
            {
                continue;
            }
            var absolute = link.IsAbsoluteUri ? link : new Uri(feedUrl, link);
            if (absolute.Scheme is not ("http" or "https"))
            {
                continue;
            }
            var published = PublishedOf(item);
            items.Add(new FeedItem(absolute, published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null, published));
        }
        return [.. items.OrderByDescending(i => i.Sort ?? DateTimeOffset.MinValue)];
    }

    // The syndication library parses an item's dates only when asked, and throws on one it cannot read (a wrong weekday,
    // "2025-11-03" in an RSS feed): that item is then undated, not the end of the whole feed.
    private static DateTimeOffset? PublishedOf(SyndicationItem item)
    {
        foreach (var date in new Func<DateTimeOffset>[] { () => item.PublishDate, () => item.LastUpdatedTime })
        {
            try
            {
                if (date() is var value && value != default)
                {
                    return value;
                }
            }
            catch (XmlException)
            {
                // Unreadable: try the other date, else leave the item undated.
            }
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled feed {FeedId} {FeedUrl}: {ItemsTaken} new articles, {ErrorCount} errors")]
    private partial void LogPolled(int feedId, string feedUrl, int itemsTaken, int errorCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} {FeedUrl} failed")]
    private partial void LogFeedFailed(Exception exception, int feedId, string feedUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {FeedId}: item {ItemUrl} failed")]
    private partial void LogItemFailed(Exception exception, int feedId, string itemUrl);
}
