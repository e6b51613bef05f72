using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.UrlIngest;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.Feeds;

/// <summary>The feeds editors subscribed to: add, list, pause, delete (the Feeds page and /api/feeds share it).</summary>
public sealed partial class FeedSubscriptions(IDbContextFactory<ClaimTrackerDb> dbFactory, TimeProvider time, ILogger<FeedSubscriptions> logger)
{
    private const int MaxOutletLength = 200;

    public async Task<FeedAddResult> AddAsync(string? url, string? outlet, string user, CancellationToken cancellationToken = default)
    {
        if (!PageFetcher.TryParse(url, out var uri))
        {
            return new FeedAddResult { Message = "The feed's address must be a full web address starting with http:// or https://." };
        }
        outlet = outlet?.Trim();
        if (string.IsNullOrEmpty(outlet))
        {
            outlet = null;
        }
        if (outlet?.Length > MaxOutletLength)
        {
            return new FeedAddResult { Message = $"The outlet name may be at most {MaxOutletLength} characters." };
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = uri.AbsoluteUri;
        if (await db.Feeds.Where(f => f.Url == normalized).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken) is int existing)
        {
            return new FeedAddResult { ExistingId = existing, Message = $"This feed is already followed (feed #{existing})." };
        }
        var feed = new Feed { Url = normalized, Outlet = outlet, CreatedBy = user, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Feeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added by someone else at the same moment: the unique index on Url decided.
            return new FeedAddResult { Message = "This feed is already followed." };
        }
        LogAdded(feed.Id, feed.Url, user);
        return new FeedAddResult { Feed = ToSummary(feed) };
    }

    public async Task<IReadOnlyList<FeedSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return feeds.ConvertAll(ToSummary);
    }

    /// <summary>Pauses or resumes a feed; false when there is no such feed.</summary>
    public async Task<bool> SetPausedAsync(int id, bool paused, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Paused, paused), cancellationToken);
        if (changed > 0)
        {
            LogPaused(id, paused, user);
        }
        return changed > 0;
    }

    /// <summary>Stops following a feed; the articles already taken from it stay. False when there is no such feed.</summary>
    public async Task<bool> DeleteAsync(int id, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Feeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(id, user);
        }
        return deleted > 0;
    }

    internal static FeedSummary ToSummary(Feed feed) => new()
    {
        Id = feed.Id,
        Url = feed.Url,
        Outlet = feed.Outlet,
        Paused = feed.Paused,
        CreatedBy = feed.CreatedBy,
        CreatedAt = feed.CreatedAt,
        LastPolledAt = feed.LastPolledAt,
        ItemsTaken = feed.ItemsTaken,
        LastError = feed.LastError,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} {FeedUrl} added by {User}")]
    private partial void LogAdded(int feedId, string feedUrl, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} paused={Paused} by {User}")]
    private partial void LogPaused(int feedId, bool paused, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} deleted by {User}")]
    private partial void LogDeleted(int feedId, string user);
}
