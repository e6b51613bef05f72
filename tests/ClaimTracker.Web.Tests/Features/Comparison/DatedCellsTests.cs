using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// The date filters read the stored days and figure spans (<see cref="DatedCells"/>): reports (a figure in one article)
/// counted by their first or last day, a figure by its span, and the tables rebuilt by the migration. That every write
/// keeps them, and that the grid equals the claims grouped in memory, is <see cref="ComparisonCellsTests"/>' part.
/// Only PostgreSQL keeps them (<see cref="DatedCells.IsKept"/>): these run there (<c>DatedCellsTestsOnPostgres</c>);
/// SQLite's side is <see cref="DatedCellsOnSqliteTests"/>.
/// </summary>
public abstract class DatedCellsTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly int nis;

    protected DatedCellsTests(UiTestDatabase store)
    {
        this.store = store;
        nis = store.AddSource("NIS");
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

    /// <summary>
    /// One article states 10,000 as of 1 October and again in its own words on 5 October; another on 3 October. From 2
    /// October both articles report it (one echo) in two claims; up to 2 October only the first does, in one claim.
    /// </summary>
    [Fact]
    public async Task A_report_counts_from_its_last_day_for_from_and_its_first_day_for_to()
    {
        var first = store.AddArticle("First", "Yonhap", new DateOnly(2024, 10, 5));
        var second = store.AddArticle("Second", "BBC", new DateOnly(2024, 10, 3));
        var asOf = store.AddClaim(first, 10_000, sourceId: nis, asOf: new DateOnly(2024, 10, 1));
        var latest = store.AddClaim(first, 10_000, sourceId: nis);
        store.AddClaim(second, 10_000, sourceId: nis);
        var query = new ComparisonQuery(store);

        var from = (await query.RunAsync(new ComparisonFilter { From = new DateOnly(2024, 10, 2) })).Rows.Single();
        var to = (await query.RunAsync(new ComparisonFilter { To = new DateOnly(2024, 10, 2) })).Rows.Single();

        Assert.Equal((2, 1, 1), (from.ClaimCount, from.Cells[0].FigureCount, from.Cells[0].EchoCount));
        Assert.Equal(new DateOnly(2024, 10, 5), from.Cells[0].LatestDate);
        Assert.Equal(latest, from.Cells[0].Figures[0].ClaimId);
        Assert.Equal((1, 1, 0), (to.ClaimCount, to.Cells[0].FigureCount, to.Cells[0].EchoCount));
        Assert.Equal(new DateOnly(2024, 10, 1), to.Cells[0].LatestDate);
        Assert.Equal(asOf, to.Cells[0].Figures[0].ClaimId);
    }

    /// <summary>A date filter answers from the stored days, not the claims: without them the claims in range show no row.</summary>
    [Fact]
    public async Task A_date_filter_reads_the_stored_days_and_the_rebuild_restores_them()
    {
        var article = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        store.AddClaim(article, 10_000, sourceId: nis);
        store.AddClaim(article, 12_000, Qualifier.AtLeast, metric: Metric.Killed);
        var query = new ComparisonQuery(store);
        var filter = new ComparisonFilter { From = new DateOnly(2024, 10, 1) };
        var before = System.Text.Json.JsonSerializer.Serialize(await query.RunAsync(filter));
        Assert.Equal(2, (await query.RunAsync(filter)).TotalRows);

        await using var db = store.CreateDbContext();
        await db.ComparisonCellDays.ExecuteDeleteAsync();
        await db.ComparisonFigureSpans.ExecuteDeleteAsync();
        Assert.Equal(0, (await query.RunAsync(filter)).TotalRows);

        await db.Database.ExecuteSqlRawAsync(DatedCells.RebuildSql(db.Database.IsNpgsql()));
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(await query.RunAsync(filter)));
    }

    /// <summary>
    /// An import batch groups its days and spans in memory (DatedBatch) and upserts them: the result equals a rebuild from
    /// the claims after each of two batches on the same days, with the extractor's claims recast into what the grouping
    /// must get right: a second spelling of the subject on an earlier as-of day in the same article (one report over two
    /// days), a fractional figure, a range, and subjects that differ only in a cased letter beyond ASCII (one cell on
    /// PostgreSQL's citext, two on SQLite's NOCASE).
    /// </summary>
    [Fact]
    public async Task Import_batches_add_their_days_and_spans_as_a_rebuild_would()
    {
        var stored = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 30));
        store.AddClaim(stored, 10_000, sourceId: nis, asOf: new DateOnly(2024, 11, 1));
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);

        foreach (var first in new[] { 1, 4 })
        {
            var saved = await ingest.SaveBatchAsync(Recast(ingest.PrepareBatch([.. Enumerable.Range(first, 3).Select(Request)])));
            Assert.All(saved, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
            await using var db = store.CreateDbContext();
            await ComparisonCellsTests.AssertDatedCellsMatchClaimsAsync(db);
        }

        await using (var db = store.CreateDbContext())
        {
            Assert.Contains(await db.ComparisonFigureSpans.Select(s => s.Lowest).ToListAsync(), low => low == 2.5);
            Assert.Contains(await db.ComparisonFigureSpans.Select(s => s.Highest).ToListAsync(), high => high == 1_500);
            Assert.Contains(await db.ComparisonCellDays.Select(d => d.Day).ToListAsync(), day => day == 20241028);
        }
        var from = await new ComparisonQuery(store).RunAsync(new ComparisonFilter { From = new DateOnly(2024, 11, 1) });
        Assert.Contains(from.Rows, r => r.Subject.EndsWith("lite troops", StringComparison.OrdinalIgnoreCase));
    }

    private static IngestRequest Request(int report) => new()
    {
        Text = string.Create(CultureInfo.InvariantCulture,
            $"Report {report}\n\nNorth Korea has sent {10_000 + report * 1_000:N0} troops to Russia, the NIS said. Ukraine's HUR said {report * 100} soldiers were killed."),
        PublishedAt = new DateOnly(2024, 11, report),
    };

    /// <summary>Each article's claims and, of its first claim, the variants <see cref="Import_batches_add_their_days_and_spans_as_a_rebuild_would"/> lists.</summary>
    private static IngestService.PreparedBatch Recast(IngestService.PreparedBatch batch) => new(
        batch.Requests,
        [.. batch.Items.Select(item => item with
        {
            Claims = item.Claims.Count == 0 ? item.Claims :
            [
                .. item.Claims,
                item.Claims[0] with { Subject = item.Claims[0].Subject.ToUpperInvariant(), AsOf = new DateOnly(2024, 10, 28) },
                item.Claims[0] with { Value = 2.5 },
                item.Claims[0] with { Value = null, Low = 1_000, High = 1_500, Qualifier = Qualifier.Range },
                item.Claims[0] with { Subject = "Élite troops" },
                item.Claims[0] with { Subject = "élite troops", AsOf = new DateOnly(2024, 10, 29) },
            ],
        })]);
}
