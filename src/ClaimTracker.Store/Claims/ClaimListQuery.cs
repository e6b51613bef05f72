using System.Collections.Concurrent;
using System.Linq.Expressions;
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
        // The whole list's total is a sum of the stored totals per block of articles (ClaimTotal, a few dozen rows):
        // PostgreSQL otherwise walks every claim's index entry (it keeps no row count; SQLite counts a b-tree page's cells
        // without reading them), or every article's stored count.
        var everything = filter == Everything;
        var filtered = claims;
        Expression<Func<int>> counting = everything ? () => db.ClaimTotals.Sum(t => t.Claims) : () => filtered.Count();
        Func<Task<int>> countAlone = everything
            ? () => db.ClaimTotals.SumAsync(t => t.Claims, cancellationToken)
            : () => filtered.CountAsync(cancellationToken);
        var (known, version) = Cached(filter);
        if (after is int afterId)
        {
            // The cursor claim is read inside the page's statement (subqueries, run once each), not by a statement of its
            // own: on PostgreSQL that was a second round trip and a second pool checkout for every keyset page. A cursor
            // that does not exist leaves the subqueries null and the page empty, which counts on its own below.
            var cursor = db.Claims.Where(k => k.Id == afterId);
            // The first condition alone lets SQLite start the index walk at the cursor's article; the rest is exact.
            claims = claims.Where(c => c.ArticleId >= cursor.Select(k => (int?)k.ArticleId).FirstOrDefault())
                .Where(c => c.ArticleId > cursor.Select(k => (int?)k.ArticleId).FirstOrDefault()
                    || c.Start > cursor.Select(k => (int?)k.Start).FirstOrDefault()
                    || (c.Start == cursor.Select(k => (int?)k.Start).FirstOrDefault() && c.Id > afterId));
            skip = 0;
        }
        // The page's ids first, from the reading-order index alone, then only those rows read and joined to their
        // source: an OFFSET of 50,000 otherwise reads and joins 50,000 full rows to throw them away (10x slower on PostgreSQL).
        var ids = everything && after is null && skip > 0
            ? DeepPageIds(db, skip, take)
            : claims.OrderBy(c => c.ArticleId).ThenBy(c => c.Start).ThenBy(c => c.Id)
                .Skip(skip).Take(take)
                .Select(c => c.Id);
        var page = db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.ArticleId).ThenBy(c => c.Start).ThenBy(c => c.Id);
        if (known is int total)
        {
            return (await page.Select(ClaimProjection.ToView).ToListAsync(cancellationToken), total);
        }
        // The total read with the page, as a column of its one statement: on PostgreSQL a statement of its own was a
        // round trip more, which made the uncached count 1.6-1.7x SQLite's at p50 and up to 3x at p95 (docs/performance.md).
        var counted = await page.Select(ClaimProjection.WithTotal(counting)).ToListAsync(cancellationToken);
        // An empty page (past the end, or nothing matches) carries no total: counted on its own then.
        if (counted.Count == 0)
        {
            return ([], await CountAsync(countAlone, filter, version));
        }
        Remember(filter, version, counted[0].Total);
        return ([.. counted.Select(c => c.View)], counted[0].Total);
    }

    /// <summary>
    /// A page of the whole list past its start, without walking the claims before it: the block of articles the offset
    /// falls in (a running sum over the stored totals, <see cref="ClaimTotal"/>), the article in that block (a running sum
    /// over at most <see cref="ClaimTotal.ArticlesPerBlock"/> stored counts), then the claims index entered at that article
    /// with the rest of the offset. A running sum over every article's count was tried first: on PostgreSQL it cost about
    /// what the plain walk of 50,000 index entries does, on SQLite three times more (docs/performance.md).
    /// </summary>
    private static IQueryable<int> DeepPageIds(ClaimTrackerDb db, int skip, int take) => db.Database.SqlQueryRaw<int>(DeepPageSql, skip, take);

    /// <summary>The article a deep page starts in, with how many claims come before it ({0}: the offset).</summary>
    private static readonly string PageStartSql = $$"""
        SELECT x."Id", x.Reached - x."ClaimCount" AS Skipped
        FROM (SELECT a."Id", a."ClaimCount", k.Skipped + sum(a."ClaimCount") OVER (ORDER BY a."Id") AS Reached
              FROM "Articles" AS a
              JOIN (SELECT b."Block", b.Reached - b.N AS Skipped
                    FROM (SELECT t."Block", sum(t."Claims") AS N, sum(sum(t."Claims")) OVER (ORDER BY t."Block") AS Reached
                          FROM "ClaimTotals" AS t GROUP BY t."Block") AS b
                    WHERE b.Reached > {0} ORDER BY b."Block" LIMIT 1) AS k
                ON a."Id" >= k."Block" * {{ClaimTotal.ArticlesPerBlock}} AND a."Id" < (k."Block" + 1) * {{ClaimTotal.ArticlesPerBlock}}) AS x
        WHERE x.Reached > {0}
        ORDER BY x."Id" LIMIT 1
        """;

    /// <summary>
    /// The page's claim ids ({0}: offset, {1}: page size). Past the end there is no such article: both subqueries are
    /// null and the page is empty. The start is a common table expression, planned and run once for both (written out
    /// twice, PostgreSQL spent longer planning the statement than running it); inside a subquery, because EF Core
    /// composes only over SQL that starts with SELECT.
    /// </summary>
    private static readonly string DeepPageSql = $$"""
        SELECT p."Value" FROM (
            WITH s AS ({{PageStartSql}})
            SELECT c."Id" AS "Value" FROM "Claims" AS c
            WHERE c."ArticleId" >= (SELECT s."Id" FROM s)
            ORDER BY c."ArticleId", c."Start", c."Id"
            LIMIT {1} OFFSET coalesce((SELECT {0} - s.Skipped FROM s), 0)) AS p
        """;

    /// <summary>
    /// The filter's total if this process counted it since its last save (and within <see cref="TotalLifetime"/>), with
    /// the store's version read now: a save during the count leaves the entry already stale, never wrongly fresh.
    /// </summary>
    private (int? Total, long Version) Cached(ClaimListFilter filter)
    {
        if (changes is null)
        {
            return (null, 0);
        }
        var version = changes.Version;
        return totals.TryGetValue(filter, out var cached) && cached.Version == version && DateTime.UtcNow - cached.At < TotalLifetime
            ? (cached.Total, version)
            : (null, version);
    }

    private async Task<int> CountAsync(Func<Task<int>> count, ClaimListFilter filter, long version)
    {
        var total = await count();
        Remember(filter, version, total);
        return total;
    }

    private void Remember(ClaimListFilter filter, long version, int total)
    {
        if (changes is null)
        {
            return;
        }
        if (totals.Count >= MaxCachedTotals)
        {
            totals.Clear();
        }
        totals[filter] = new CachedTotal(version, DateTime.UtcNow, total);
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
