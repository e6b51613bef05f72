using System.Collections.Concurrent;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Claims;

/// <summary>
/// The claims list behind /api/claims, in reading order (article, position in it, id). A page is asked for by number
/// (OFFSET, slows with depth) or by the last claim already seen (<c>after</c>, keyset: as fast at the end as at the start).
/// </summary>
public sealed class ClaimListQuery(IDbContextFactory<ClaimTrackerDb> dbFactory, StoreChangeCounter? changes = null)
{
    /// <summary>
    /// Totals by filter are reused until this process saves anything to the store; at most this long, since another
    /// instance or a CLI import may write to it too. PostgreSQL counts by walking an index (tens of milliseconds for
    /// 60,000 claims), more than the page itself costs.
    /// </summary>
    public static readonly TimeSpan TotalLifetime = TimeSpan.FromSeconds(10);
    private const int MaxCachedTotals = 500;
    private readonly ConcurrentDictionary<ClaimListFilter, CachedTotal> totals = new();

    private sealed record CachedTotal(long Version, DateTime At, int Total);
    private static readonly ClaimListFilter Everything = new();

    /// <summary>One page and the total count; <paramref name="after"/> (a claim id) overrides <paramref name="skip"/>.</summary>
    public async Task<(List<ClaimView> Rows, int Total)> PageAsync(
        ClaimListFilter filter, int skip, int take, int? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claims = Filtered(db.Claims.AsNoTracking(), filter);
        // The whole list's total is a sum of the articles' stored claim counts: PostgreSQL otherwise walks every claim's
        // index entry (it keeps no row count; SQLite counts a b-tree page's cells without reading them). A running sum
        // over the articles to start a deep OFFSET page was tried and dropped: slower than the plain index walk on SQLite,
        // no faster on PostgreSQL (docs/performance.md).
        var everything = filter == Everything;
        var total = await TotalAsync(
            () => everything ? db.Articles.SumAsync(a => a.ClaimCount, cancellationToken) : claims.CountAsync(cancellationToken), filter);
        if (after is int afterId)
        {
            var cursor = await db.Claims.AsNoTracking().Where(c => c.Id == afterId)
                .Select(c => new { c.ArticleId, c.Start }).FirstOrDefaultAsync(cancellationToken);
            if (cursor is null)
            {
                return ([], total);
            }
            // The first condition alone lets SQLite start the index walk at the cursor's article; the rest is exact.
            claims = claims.Where(c => c.ArticleId >= cursor.ArticleId)
                .Where(c => c.ArticleId > cursor.ArticleId || c.Start > cursor.Start || (c.Start == cursor.Start && c.Id > afterId));
            skip = 0;
        }
        // The page's ids first, from the reading-order index alone, then only those rows read and joined to their
        // source: an OFFSET of 50,000 otherwise reads and joins 50,000 full rows to throw them away (10x slower on PostgreSQL).
        var ids = claims.OrderBy(c => c.ArticleId).ThenBy(c => c.Start).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .Select(c => c.Id);
        var rows = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Start).ThenBy(c => c.Id)
            .Select(ClaimProjection.ToView)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    private async Task<int> TotalAsync(Func<Task<int>> count, ClaimListFilter filter)
    {
        if (changes is null)
        {
            return await count();
        }
        // The version is read before counting: a save during the count leaves the entry already stale, never wrongly fresh.
        var version = changes.Version;
        var now = DateTime.UtcNow;
        if (totals.TryGetValue(filter, out var cached) && cached.Version == version && now - cached.At < TotalLifetime)
        {
            return cached.Total;
        }
        var total = await count();
        if (totals.Count >= MaxCachedTotals)
        {
            totals.Clear();
        }
        totals[filter] = new CachedTotal(version, now, total);
        return total;
    }

    private static IQueryable<Claim> Filtered(IQueryable<Claim> claims, ClaimListFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            // A bound parameter: LIKE ignores case (ASCII) in SQLite; the user's % and _ are matched literally.
            var pattern = "%" + filter.Subject.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            claims = claims.Where(c => EF.Functions.Like(c.Subject, pattern, "\\"));
        }
        if (filter.Metric is { } m)
        {
            claims = claims.Where(c => c.Metric == m);
        }
        if (filter.Status is { } s)
        {
            claims = claims.Where(c => c.Status == s);
        }
        if (filter.Review is { } r)
        {
            claims = claims.Where(c => c.Review == r);
        }
        if (filter.ArticleId is int article)
        {
            claims = claims.Where(c => c.ArticleId == article);
        }
        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var name = filter.Source.Trim();
            claims = name.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? claims.Where(c => c.SourceId == null)
                : claims.Where(c => c.Source != null && c.Source.Name == name);
        }
        return claims;
    }
}
