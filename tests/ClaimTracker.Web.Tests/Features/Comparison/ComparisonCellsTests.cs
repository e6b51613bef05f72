using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// The stored comparison cells stay equal to a fresh grouping of the claims after every kind of write: ingest (one
/// article and a batch), a claim's correction and review, source merges and rejections, and deletions.
/// </summary>
public class ComparisonCellsTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly int nis;
    private readonly int hur;
    private readonly int article;

    public ComparisonCellsTests()
        : this(new UiTestDatabase())
    {
    }

    protected ComparisonCellsTests(UiTestDatabase store)
    {
        this.store = store;
        nis = store.AddSource("NIS");
        hur = store.AddSource("HUR");
        article = store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
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

    [Fact]
    public async Task Ingesting_one_article_and_a_batch_fills_the_cells_as_a_fresh_grouping_would()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var single = await ingest.IngestAsync(new IngestRequest
        {
            Text = "Troops sent\n\nNorth Korea has sent 3,000 troops to Russia, South Korea's NIS said on Monday.",
            PublishedAt = new DateOnly(2024, 10, 21),
        });
        Assert.Equal(IngestOutcome.Saved, single.Outcome);
        var batch = ingest.PrepareBatch([.. Enumerable.Range(1, 3).Select(i => new IngestRequest
        {
            Text = $"Report {i}\n\nNorth Korea has sent {(i * 1000 + 10_000).ToString("N0", CultureInfo.InvariantCulture)} troops to Russia, the NIS said. Ukraine's HUR said {i * 100} soldiers were killed.",
            PublishedAt = new DateOnly(2024, 11, i),
        })]);
        var saved = await ingest.SaveBatchAsync(batch);
        Assert.All(saved, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));

        var cells = await AssertCellsMatchClaimsAsync();
        Assert.Contains(cells, c => c.Contains("|Deployed|", StringComparison.Ordinal) && c.Contains("|13000|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correcting_and_rejecting_a_claim_moves_it_between_cells()
    {
        var claim = store.AddClaim(article, 10000, sourceId: nis, asOf: new DateOnly(2024, 10, 18));
        store.AddClaim(article, 12000, sourceId: nis, asOf: new DateOnly(2024, 10, 19));
        store.AddClaim(article, 11000, sourceId: hur, asOf: new DateOnly(2024, 10, 20));
        await AssertCellsMatchClaimsAsync();
        var correction = new ClaimCorrection(store, TimeProvider.System, NullLogger<ClaimCorrection>.Instance);
        var edit = await EditOfAsync(claim);
        edit.Subject = "North Korean generals";
        edit.SourceId = hur;
        edit.Value = 3;

        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claim, 0, edit, "editor")).Outcome);
        var moved = await AssertCellsMatchClaimsAsync();
        Assert.Contains(moved, c => c.StartsWith($"North Korean generals|Deployed|Reported|{hur}|1|1|0|3|3|20241018|{claim}", StringComparison.Ordinal));

        edit.Review = ReviewState.Rejected;
        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claim, 1, edit, "editor")).Outcome);
        var rejected = await AssertCellsMatchClaimsAsync();
        Assert.DoesNotContain(rejected, c => c.StartsWith("North Korean generals|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merging_and_rejecting_sources_moves_their_claims_cells()
    {
        var budanov = store.AddSource("Budanov");
        var proposed = store.AddSource("Ministry");
        await using (var db = store.CreateDbContext())
        {
            await db.Sources.Where(s => s.Id == proposed).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SourceStatus.Proposed));
        }
        store.AddClaim(article, 11000, sourceId: budanov, asOf: new DateOnly(2024, 10, 20));
        store.AddClaim(article, 12000, sourceId: hur, asOf: new DateOnly(2024, 10, 21));
        store.AddClaim(article, 140, sourceId: proposed, metric: Metric.Killed);
        store.AddClaim(article, 150, metric: Metric.Killed);
        var curation = new SourceCuration(store, TimeProvider.System, NullLogger<SourceCuration>.Instance);

        Assert.True((await curation.MergeAsync(budanov, hur, "editor")).Succeeded);
        var merged = await AssertCellsMatchClaimsAsync();
        Assert.DoesNotContain(merged, c => c.Contains($"|{budanov}|", StringComparison.Ordinal));
        Assert.Contains(merged, c => c.StartsWith($"North Korean troops|Deployed|Reported|{hur}|2|2|", StringComparison.Ordinal));

        Assert.True((await curation.RejectAsync(proposed, "editor")).Succeeded);
        var rejected = await AssertCellsMatchClaimsAsync();
        Assert.Contains(rejected, c => c.StartsWith("North Korean troops|Killed|Reported||2|2|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_a_claim_or_an_article_with_its_claims_empties_their_cells()
    {
        var claim = store.AddClaim(article, 10000, sourceId: nis);
        var other = store.AddArticle("Kyiv says", "Ukrinform", new DateOnly(2024, 11, 2));
        store.AddClaim(other, 11000, sourceId: hur, subject: "Russian troops");
        store.AddClaim(other, 10000, sourceId: nis);
        await AssertCellsMatchClaimsAsync();

        await using (var db = store.CreateDbContext())
        {
            db.Claims.Remove(await db.Claims.SingleAsync(c => c.Id == claim));
            await db.SaveChangesAsync();
        }
        var afterClaim = await AssertCellsMatchClaimsAsync();
        Assert.Contains(afterClaim, c => c.StartsWith($"North Korean troops|Deployed|Reported|{nis}|1|1|0|", StringComparison.Ordinal));

        await using (var db = store.CreateDbContext())
        {
            // The article's claims go by the database's cascade, unseen by the change tracker.
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == other));
            await db.SaveChangesAsync();
        }
        Assert.Empty(await AssertCellsMatchClaimsAsync());
    }

    [Fact]
    public async Task The_migrations_rebuild_computes_the_cells_of_claims_already_stored()
    {
        store.AddClaim(article, 10000, sourceId: nis);
        store.AddClaim(article, 11000, sourceId: hur, subject: "north korean TROOPS");
        await using (var db = store.CreateDbContext())
        {
            await db.ComparisonCells.ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync(ComparisonCells.RebuildSql(db.Database.IsNpgsql()));
        }

        var cells = await AssertCellsMatchClaimsAsync();
        // Subjects differing only in case are one row: two cells (NIS, HUR), not two rows.
        Assert.Equal(2, cells.Count);
    }

    [Fact]
    public async Task The_grid_from_the_stored_cells_equals_the_grid_grouped_from_the_claims()
    {
        var later = store.AddArticle("Later", "BBC", new DateOnly(2024, 11, 2));
        store.AddClaim(article, 10000, sourceId: nis, asOf: new DateOnly(2024, 10, 18));
        store.AddClaim(later, 10000, sourceId: nis, asOf: new DateOnly(2024, 11, 2));
        store.AddClaim(later, 2500, Qualifier.Range, nis, low: 2000, high: 3000, asOf: new DateOnly(2024, 11, 1));
        store.AddClaim(later, 12000, sourceId: hur, asOf: new DateOnly(2024, 11, 2));
        store.AddClaim(article, 300, metric: Metric.Killed, asOf: new DateOnly(2024, 10, 18));
        var query = new ComparisonQuery(store);

        var stored = await query.RunAsync(new ComparisonFilter());
        // A date filter every claim passes reads the claims themselves.
        var grouped = await query.RunAsync(new ComparisonFilter { From = new DateOnly(2000, 1, 1) });

        Assert.Equal(2, stored.TotalRows);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(grouped.Rows), System.Text.Json.JsonSerializer.Serialize(stored.Rows));
        Assert.Equal(grouped.Columns, stored.Columns);
    }

    [Fact]
    public async Task Subjects_that_differ_only_by_case_are_one_cell_with_one_figure()
    {
        var later = store.AddArticle("Later", "BBC", new DateOnly(2024, 11, 2));
        store.AddClaim(article, 10000, sourceId: nis, subject: "North Korean troops");
        store.AddClaim(later, 10000, sourceId: nis, subject: "north Korean TROOPS");

        var cells = await AssertCellsMatchClaimsAsync();

        // Subject (either spelling), metric, status, source, then 2 claims, 1 figure, 1 echo.
        var cell = Assert.Single(cells);
        Assert.StartsWith($"north korean troops|Deployed|Reported|{nis}|2|1|1|", cell, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<ClaimEdit> EditOfAsync(int claimId)
    {
        await using var db = store.CreateDbContext();
        return ClaimEdit.From(await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId));
    }

    /// <summary>The stored cells, one line each, after checking they equal the claims grouped from scratch.</summary>
    private async Task<List<string>> AssertCellsMatchClaimsAsync()
    {
        await using var db = store.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var stored = await LinesAsync(db, """
            SELECT "Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId"
            FROM "ComparisonCells"
            """);
        var computed = await LinesAsync(db, ComparisonCells.ComputeSql(db.Database.IsNpgsql()));
        Assert.Equal(computed.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        return stored;
    }

    private static async Task<List<string>> LinesAsync(ClaimTrackerDb db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return lines;
    }
}
