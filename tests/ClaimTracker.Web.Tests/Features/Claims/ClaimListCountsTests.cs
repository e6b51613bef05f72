using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Claims;

/// <summary>
/// The whole claims list's total and its OFFSET pages come from the articles' stored claim counts: after every kind of
/// write (one ingest, an import batch, a claim added, moved to another article or deleted, an article deleted) they equal
/// the plain count and the plain OFFSET query over the claims, for every page start; so do the stored totals per block of
/// articles (<see cref="ClaimTotal"/>), with articles several blocks apart.
/// </summary>
public class ClaimListCountsTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly IngestService ingest;

    public ClaimListCountsTests()
        : this(new UiTestDatabase())
    {
    }

    protected ClaimListCountsTests(UiTestDatabase store)
    {
        this.store = store;
        ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            store.Dispose();
        }
    }

    private static IngestRequest Report(int report) => new()
    {
        // Each report a different number of claims (1 to 3), so that page starts fall inside, at and between articles.
        Text = string.Join(' ', new[]
        {
            $"Report {report}\n\nNorth Korea has sent {(10_000 + report).ToString("N0", CultureInfo.InvariantCulture)} troops to Russia, the NIS said.",
            $"Ukraine's HUR said {100 + report} soldiers were killed.",
            $"Another {200 + report} were wounded, the ministry said.",
        }.Take(1 + (report % 3))),
        PublishedAt = new DateOnly(2024, 11, 1 + (report % 28)),
    };

    [Fact]
    public async Task Total_and_every_page_equal_the_plain_queries_after_each_kind_of_write()
    {
        Assert.Equal(IngestOutcome.Saved, (await ingest.IngestAsync(Report(1))).Outcome);
        await AssertListMatchesClaimsAsync(expectedAtLeast: 1);

        var batch = await ingest.SaveBatchAsync(ingest.PrepareBatch([.. Enumerable.Range(2, 9).Select(Report)]));
        Assert.All(batch, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
        var imported = await AssertListMatchesClaimsAsync(expectedAtLeast: 10);

        var article = store.AddArticle("Added by hand", "Yonhap", new DateOnly(2024, 12, 1));
        var added = store.AddClaim(article, 5_000);
        store.AddClaim(article, 6_000);
        var afterAdding = await AssertListMatchesClaimsAsync(expectedAtLeast: imported + 2);
        Assert.Equal(imported + 2, afterAdding);

        var first = batch[0].ArticleId!.Value;
        await using (var db = store.CreateDbContext())
        {
            var claim = await db.Claims.SingleAsync(c => c.Id == added);
            claim.ArticleId = first;
            await db.SaveChangesAsync();
        }
        Assert.Equal(afterAdding, await AssertListMatchesClaimsAsync(expectedAtLeast: afterAdding));

        await using (var db = store.CreateDbContext())
        {
            db.Claims.Remove(await db.Claims.FirstAsync(c => c.ArticleId == batch[3].ArticleId));
            await db.SaveChangesAsync();
        }
        Assert.Equal(afterAdding - 1, await AssertListMatchesClaimsAsync(expectedAtLeast: 1));

        await using (var db = store.CreateDbContext())
        {
            // Its claims go by the database's cascade, unseen by the change tracker.
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == batch[5].ArticleId));
            await db.SaveChangesAsync();
        }
        var remaining = await AssertListMatchesClaimsAsync(expectedAtLeast: 1);
        Assert.True(remaining < afterAdding - 1);

        // Articles blocks apart (ClaimTotal.ArticlesPerBlock ids each), so the stored totals span several blocks and deep
        // pages start in a later one; then a claim moved across blocks, and a whole far article deleted.
        var far = new[] { ClaimTotal.ArticlesPerBlock * 3 + 5, ClaimTotal.ArticlesPerBlock * 5 };
        await using (var db = store.CreateDbContext())
        {
            db.Articles.AddRange(far.Select(FarArticle));
            await db.SaveChangesAsync();
        }
        var withFar = await AssertListMatchesClaimsAsync(expectedAtLeast: remaining + 4);
        Assert.Equal(remaining + 4, withFar);
        await using (var db = store.CreateDbContext())
        {
            (await db.Claims.FirstAsync(c => c.ArticleId == first)).ArticleId = far[1];
            await db.SaveChangesAsync();
        }
        Assert.Equal(withFar, await AssertListMatchesClaimsAsync(expectedAtLeast: withFar));
        await using (var db = store.CreateDbContext())
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == far[0]));
            await db.SaveChangesAsync();
        }
        Assert.Equal(withFar - 2, await AssertListMatchesClaimsAsync(expectedAtLeast: 1));
        await using (var db = store.CreateDbContext())
        {
            Assert.Contains(ClaimTotal.BlockOf(far[1]), await db.ClaimTotals.AsNoTracking().Select(t => t.Block).ToListAsync());
        }
    }

    /// <summary>An article with a given id and two claims, as a hand-made store might hold.</summary>
    private static Article FarArticle(int id) => new()
    {
        Id = id,
        Title = $"Far article {id}",
        Outlet = "Yonhap",
        PublishedAt = new DateOnly(2024, 12, 2),
        IngestedAt = DateTime.UtcNow,
        Format = ArticleFormat.Text,
        Original = "Some text about 10,000 troops.",
        Text = "Some text about 10,000 troops.",
        ContentHash = id.ToString("D64", CultureInfo.InvariantCulture).Replace('0', 'f'),
        Claims = [FarClaim(16), FarClaim(20)],
    };

    private static Claim FarClaim(int start) => new()
    {
        Subject = "North Korean troops",
        Metric = Metric.Deployed,
        Status = ClaimStatus.Reported,
        Value = 10_000,
        Qualifier = Qualifier.Exact,
        Quote = "Some text about 10,000 troops.",
        MentionText = "10,000",
        Start = start,
        End = start + 6,
    };

    /// <summary>
    /// Every article's stored count equals its claims; the list's total and every page of sizes 1 to 4 (and a start past
    /// the end) equal the plain count and OFFSET query. Returns the total.
    /// </summary>
    private async Task<int> AssertListMatchesClaimsAsync(int expectedAtLeast)
    {
        await using var db = store.CreateDbContext();
        var stored = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.ClaimCount, Counted = a.Claims.Count }).ToListAsync();
        Assert.All(stored, a => Assert.Equal(a.Counted, a.ClaimCount));
        // The totals per block of article ids (summed over their shards) equal the claims counted per block.
        var totals = await db.ClaimTotals.AsNoTracking().GroupBy(t => t.Block).Select(g => new { Block = g.Key, Claims = g.Sum(t => t.Claims) })
            .Where(b => b.Claims != 0).OrderBy(b => b.Block).ToListAsync();
        Assert.Equal(
            stored.GroupBy(a => ClaimTotal.BlockOf(a.Id)).Select(g => new { Block = g.Key, Claims = g.Sum(a => a.Counted) }).Where(b => b.Claims != 0).OrderBy(b => b.Block),
            totals);
        var order = await db.Claims.AsNoTracking().OrderBy(c => c.ArticleId).ThenBy(c => c.Start).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
        Assert.True(order.Count >= expectedAtLeast, $"{order.Count} claims, expected at least {expectedAtLeast}");
        var list = new ClaimListQuery(store);
        var everything = new ClaimListFilter();
        for (var take = 1; take <= 4; take++)
        {
            for (var skip = 0; skip <= order.Count + 1; skip++)
            {
                var (rows, total) = await list.PageAsync(everything, skip, take);
                Assert.Equal(order.Count, total);
                Assert.Equal(order.Skip(skip).Take(take), rows.Select(r => r.Id));
            }
        }
        return order.Count;
    }
}
