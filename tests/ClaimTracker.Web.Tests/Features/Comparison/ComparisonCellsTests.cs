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
    public async Task Us_and_american_troops_are_one_comparison_row_and_each_claim_keeps_its_quote()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var us = await ingest.IngestAsync(new IngestRequest
        {
            Text = "Pentagon boosts presence\n\nAbout 2,000 US troops were deployed to Poland on Monday.",
            PublishedAt = new DateOnly(2024, 11, 4),
        });
        var american = await ingest.IngestAsync(new IngestRequest
        {
            Text = "More soldiers for Poland\n\nAbout 2,500 American troops were deployed to Poland on Friday.",
            PublishedAt = new DateOnly(2024, 11, 8),
        });

        Assert.Equal((IngestOutcome.Saved, IngestOutcome.Saved), (us.Outcome, american.Outcome));
        var cells = await AssertCellsMatchClaimsAsync();
        Assert.Contains(cells, c => c.StartsWith("American troops|Deployed|Reported||2|2|0|2000|2500|", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.StartsWith("US troops|", StringComparison.OrdinalIgnoreCase));
        var result = await new ComparisonQuery(store).RunAsync(new ComparisonFilter());
        var row = Assert.Single(result.Rows, r => r.Metric == Metric.Deployed);
        Assert.Equal("American troops", row.Subject);
        await using var db = store.CreateDbContext();
        var quotes = await db.Claims.Where(c => c.Metric == Metric.Deployed).OrderBy(c => c.Value).Select(c => c.Quote).ToListAsync();
        Assert.Equal(["About 2,000 US troops were deployed to Poland on Monday.", "About 2,500 American troops were deployed to Poland on Friday."], quotes);
    }

    /// <summary>
    /// Claims stored before the store kept one spelling per population (an older import's "US troops") are respelled on
    /// start: their figures move to the "American troops" row, each change is in the audit, a second run finds nothing,
    /// and a subject an editor corrected keeps the editor's spelling.
    /// </summary>
    [Fact]
    public async Task Subjects_stored_with_a_nations_initials_are_respelled_once_into_one_comparison_row()
    {
        var us = store.AddClaim(article, 2_000, sourceId: nis, subject: "US troops");
        var dotted = store.AddClaim(article, 2_500, subject: "U.S. troops");
        store.AddClaim(article, 3_000, sourceId: hur, subject: "American troops");
        var corrected = store.AddClaim(article, 1_000, subject: "UK soldiers");
        await using (var db = store.CreateDbContext())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTime.UtcNow, User = "editor", Entity = "Claim", EntityId = corrected, Field = "Subject", OldValue = "soldiers", NewValue = "UK soldiers",
            });
            await db.SaveChangesAsync();
        }

        var first = await StoredSubjectSpelling.RespellAsync(store, TimeProvider.System, NullLogger.Instance);
        var second = await StoredSubjectSpelling.RespellAsync(store, TimeProvider.System, NullLogger.Instance);

        Assert.Equal((2, 0), (first, second));
        var cells = await AssertCellsMatchClaimsAsync();
        Assert.Contains(cells, c => c.StartsWith("American troops|Deployed|Reported|", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.StartsWith("US troops|", StringComparison.Ordinal) || c.StartsWith("U.S. troops|", StringComparison.Ordinal));
        var result = await new ComparisonQuery(store).RunAsync(new ComparisonFilter());
        var row = Assert.Single(result.Rows, r => r.Subject == "American troops");
        Assert.Equal(3, row.ClaimCount);
        Assert.Contains(result.Rows, r => r.Subject == "UK soldiers");
        await using var check = store.CreateDbContext();
        var respelled = await check.AuditEntries.Where(e => e.User == StoredSubjectSpelling.AuditUser).OrderBy(e => e.EntityId).ToListAsync();
        Assert.Equal([(us, "US troops", "American troops"), (dotted, "U.S. troops", "American troops")],
            respelled.Select(e => (e.EntityId, e.OldValue, e.NewValue)));
        Assert.Equal(1, (await check.Claims.SingleAsync(c => c.Id == us)).Version);
    }

    /// <summary>
    /// Stores claims in the cells <see cref="Report"/>'s sentences fall in (the subjects the extractor gives them): NIS's
    /// 10,000 troops, a rejected 12,000, 10,000 with no source, and HUR's 100 killed with the subject in capitals.
    /// </summary>
    private async Task<(ExtractedClaim Troops, ExtractedClaim Killed)> StoreClaimsInReportCellsAsync(IngestService ingest)
    {
        var preview = await ingest.PreviewAsync(new IngestRequest { Text = Report(0, 10_000, ", the NIS said", 100) });
        var troops = preview.Claims.First(c => c.Metric == Metric.Deployed);
        var killed = preview.Claims.First(c => c.Metric == Metric.Killed);
        store.AddClaim(article, 10_000, sourceId: nis, subject: troops.Subject, status: troops.Status);
        store.AddClaim(article, 12_000, sourceId: nis, subject: troops.Subject, status: troops.Status, review: ReviewState.Rejected);
        store.AddClaim(article, 10_000, subject: troops.Subject, status: troops.Status);
        store.AddClaim(article, 100, sourceId: hur, subject: killed.Subject.ToUpperInvariant(), metric: Metric.Killed, status: killed.Status);
        return (troops, killed);
    }

    private static string Report(int report, int troops, string source, int killed) => string.Create(CultureInfo.InvariantCulture,
        $"Report {report}\n\nNorth Korea has sent {troops:N0} troops to Russia{source}. Ukraine's HUR said {killed} soldiers were killed.");

    /// <summary>
    /// An import batch adds its claims to the cells it touches (on SQLite without regrouping them): a figure the store
    /// has (an echo), one only a rejected claim had (a new figure), a cell without a source, a cell whose stored subject
    /// is spelled otherwise, over two batches.
    /// </summary>
    [Fact]
    public async Task Import_batches_add_figures_and_echoes_to_stored_cells_as_a_fresh_grouping_would()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var (troops, killed) = await StoreClaimsInReportCellsAsync(ingest);
        IngestRequest Request(int report, int count, string source, int dead) =>
            new() { Text = Report(report, count, source, dead), PublishedAt = new DateOnly(2024, 11, report) };

        var first = await ingest.SaveBatchAsync(ingest.PrepareBatch([Request(1, 10_000, ", the NIS said", 100), Request(2, 12_000, ", the NIS said", 200)]));
        await AssertCellsMatchClaimsAsync();
        var second = await ingest.SaveBatchAsync(ingest.PrepareBatch([Request(3, 10_000, ", the NIS said", 300), Request(4, 10_000, "", 300)]));

        Assert.All(first.Concat(second), r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
        var cells = await AssertCellsMatchClaimsAsync();
        // NIS: 10,000 by the first article and reports 1 and 3 (two echoes); 12,000 by report 2, new (the other one is rejected).
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}|{nis}|4|2|2|10000|12000|", StringComparison.Ordinal));
        // No source: 10,000 by the first article and report 4.
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}||2|1|1|", StringComparison.Ordinal));
        // HUR: 100 (twice), 200, 300 (twice, in one batch), in whichever spelling the grouping shows.
        Assert.Contains(cells, c => c.Contains($"|Killed|{killed.Status}|{hur}|5|3|2|100|300|", StringComparison.Ordinal));
    }

    /// <summary>
    /// A single ingest (the API's, the paste form's) adds its claims to the cells it touches as an import batch does,
    /// instead of regrouping each touched cell from all its claims (thousands in a busy cell, with its lock held on
    /// PostgreSQL): an echo of a stored figure, a figure only a rejected claim had, a cell without a source, a subject
    /// spelled otherwise in the store.
    /// </summary>
    [Fact]
    public async Task Single_ingests_add_figures_and_echoes_to_stored_cells_as_a_fresh_grouping_would()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var (troops, killed) = await StoreClaimsInReportCellsAsync(ingest);

        foreach (var (report, count, source, dead) in new[] { (1, 10_000, ", the NIS said", 100), (2, 12_000, ", the NIS said", 200), (3, 10_000, "", 300) })
        {
            var saved = await ingest.IngestAsync(new IngestRequest { Text = Report(report, count, source, dead), PublishedAt = new DateOnly(2024, 11, report) });
            Assert.Equal(IngestOutcome.Saved, saved.Outcome);
            await AssertCellsMatchClaimsAsync();
        }

        var cells = await AssertCellsMatchClaimsAsync();
        // NIS: 10,000 by the first article and report 1 (one echo); 12,000 by report 2, new (the other one is rejected).
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}|{nis}|3|2|1|10000|12000|", StringComparison.Ordinal));
        // No source: 10,000 by the first article and report 3.
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}||2|1|1|", StringComparison.Ordinal));
        // HUR: 100 (twice), 200, 300, in whichever spelling the grouping shows.
        Assert.Contains(cells, c => c.Contains($"|Killed|{killed.Status}|{hur}|4|3|1|100|300|", StringComparison.Ordinal));
    }

    /// <summary>
    /// The single ingest adds to the stored row rather than recompute it: a count the store holds (here made wrong on
    /// purpose) is carried forward plus the article's claims. A regroup would have put the true count back.
    /// </summary>
    [Fact]
    public async Task A_single_ingest_adds_to_its_stored_cells_without_regrouping_them()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var preview = await ingest.PreviewAsync(new IngestRequest { Text = Report(0, 10_000, ", the NIS said", 100) });
        var troops = preview.Claims.First(c => c.Metric == Metric.Deployed);
        store.AddClaim(article, 10_000, sourceId: nis, subject: troops.Subject, status: troops.Status);
        await AssertCellsMatchClaimsAsync();
        await using (var db = store.CreateDbContext())
        {
            await db.ComparisonCells.Where(c => c.SourceId == nis).ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimCount, 50));
        }

        var saved = await ingest.IngestAsync(new IngestRequest { Text = Report(1, 11_000, ", the NIS said", 100), PublishedAt = new DateOnly(2024, 11, 1) });

        Assert.Equal(IngestOutcome.Saved, saved.Outcome);
        await using (var db = store.CreateDbContext())
        {
            Assert.Equal(51, await db.ComparisonCells.Where(c => c.SourceId == nis).Select(c => c.ClaimCount).SingleAsync());
        }
    }

    /// <summary>
    /// On PostgreSQL writers share the id sequence, so an article stored by another writer may have a higher id than a
    /// batch's: the batch adds only its own articles' claims (named by id), never every claim from its first id on.
    /// </summary>
    [Fact]
    public async Task An_import_batch_adds_only_its_own_claims_when_another_article_has_a_higher_id()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        var preview = await ingest.PreviewAsync(new IngestRequest { Text = Report(0, 10_000, ", the NIS said", 100) });
        var troops = preview.Claims.First(c => c.Metric == Metric.Deployed);
        var other = store.AddArticle("Stored meanwhile", "Yonhap", new DateOnly(2024, 10, 19));
        await using (var db = store.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Articles\" SET \"Id\" = 100000 WHERE \"Id\" = {other}");
        }
        store.AddClaim(100_000, 10_000, sourceId: nis, subject: troops.Subject, status: troops.Status);

        var saved = await ingest.SaveBatchAsync(ingest.PrepareBatch([
            new IngestRequest { Text = Report(1, 10_000, ", the NIS said", 100), PublishedAt = new DateOnly(2024, 11, 1) },
            new IngestRequest { Text = Report(2, 12_000, ", the NIS said", 200), PublishedAt = new DateOnly(2024, 11, 2) },
        ]));

        Assert.All(saved, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
        var cells = await AssertCellsMatchClaimsAsync();
        // NIS: 10,000 by the other article and report 1 (one echo), 12,000 by report 2.
        Assert.Contains(cells, c => c.StartsWith($"{troops.Subject}|Deployed|{troops.Status}|{nis}|3|2|1|10000|12000|", StringComparison.Ordinal));
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

        edit.Metric = Metric.Killed;
        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claim, 1, edit, "editor")).Outcome);
        var killed = await AssertCellsMatchClaimsAsync();
        Assert.Contains(killed, c => c.StartsWith($"North Korean generals|Killed|Reported|{hur}|1|1|0|3|3|20241018|{claim}", StringComparison.Ordinal));

        edit.Review = ReviewState.Rejected;
        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(claim, 2, edit, "editor")).Outcome);
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

    [Fact]
    public async Task Date_and_review_filtered_grids_equal_the_claims_grouped_in_memory()
    {
        var november = store.AddArticle("November", "BBC", new DateOnly(2024, 11, 2));
        var undated = store.AddArticle("Undated", "Reuters", null);
        var december = store.AddArticle("December", "AP", new DateOnly(2024, 12, 31));
        // Claims without an as-of date are dated by their article; echoes (the same figure in another article), ranges,
        // every review state, and a claim with no date at all, which no date filter selects.
        store.AddClaim(article, 10000, sourceId: nis);
        store.AddClaim(november, 10000, sourceId: nis);
        store.AddClaim(december, 10000, sourceId: nis, review: ReviewState.Confirmed);
        store.AddClaim(november, 2500, Qualifier.Range, nis, low: 2000, high: 3000, asOf: new DateOnly(2024, 10, 30));
        store.AddClaim(december, 12000, sourceId: hur, asOf: new DateOnly(2024, 12, 1), review: ReviewState.Confirmed);
        store.AddClaim(november, 11000, sourceId: hur, review: ReviewState.Rejected);
        store.AddClaim(undated, 9000, sourceId: hur);
        store.AddClaim(undated, 300, metric: Metric.Killed, asOf: new DateOnly(2024, 11, 1));
        store.AddClaim(december, 350, metric: Metric.Killed);
        store.AddClaim(article, 40, sourceId: hur, metric: Metric.Killed, review: ReviewState.Confirmed);
        var query = new ComparisonQuery(store);
        ComparisonFilter[] filters =
        [
            new() { From = new DateOnly(2024, 11, 1) },
            new() { To = new DateOnly(2024, 11, 2) },
            new() { From = new DateOnly(2024, 10, 19), To = new DateOnly(2024, 12, 1) },
            new() { To = new DateOnly(2024, 10, 18) },
            new() { Review = ReviewState.Confirmed },
            new() { Review = ReviewState.Unreviewed },
            new() { Review = ReviewState.Rejected },
            new() { From = new DateOnly(2024, 11, 2), Review = ReviewState.Confirmed, Metric = Metric.Deployed },
        ];

        foreach (var filter in filters)
        {
            var expected = await GroupedInMemoryAsync(filter);
            var page = await query.RunAsync(filter);
            Assert.Equal(expected, Describe(page));
        }
        // Not vacuous: the filters select different claims.
        Assert.Equal(3, (await query.RunAsync(filters[4])).Rows.Sum(r => r.ClaimCount));
        Assert.Equal(2, (await query.RunAsync(filters[3])).Rows.Sum(r => r.ClaimCount));
    }

    /// <summary>
    /// A generated store (seeded, so every run is the same): a few hundred claims over four subjects, three metrics, three
    /// sources and none, a year of articles and some undated, as-of dates, ranges, echoes and every review state, so that
    /// some cells hold confirmed claims beside unreviewed ones and some do not. Each date and review filter's page must
    /// equal the in-memory grouping of every claim; so must a second page.
    /// </summary>
    [Fact]
    public async Task Date_and_review_filtered_pages_of_a_generated_store_equal_the_claims_grouped_in_memory()
    {
        var random = new Random(20261202);
        var sources = new int?[] { nis, hur, store.AddSource("ISW"), null };
        string[] subjects = ["North Korean troops", "Russian soldiers", "civilians", "Ukrainian troops"];
        Metric[] metrics = [Metric.Deployed, Metric.Killed, Metric.Wounded];
        double[] values = [1000, 2000, 3000, 5000, 12000];
        var articles = Enumerable.Range(0, 40).Select(i => store.AddArticle($"Report {i}", "Wire",
            i % 9 == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(366)))).ToList();
        for (var i = 0; i < 300; i++)
        {
            var value = values[random.Next(values.Length)];
            var range = random.Next(10) == 0;
            var roll = random.Next(100);
            store.AddClaim(articles[random.Next(articles.Count)], range ? null : value, range ? Qualifier.Range : Qualifier.Exact,
                sources[random.Next(sources.Length)], subjects[random.Next(subjects.Length)], metrics[random.Next(metrics.Length)],
                low: range ? value : null, high: range ? value * 2 : null,
                asOf: random.Next(10) < 3 ? new DateOnly(2024, 1, 1).AddDays(random.Next(366)) : null,
                review: roll < 12 ? ReviewState.Confirmed : roll < 20 ? ReviewState.Rejected : ReviewState.Unreviewed);
        }
        var query = new ComparisonQuery(store);
        ComparisonFilter[] filters =
        [
            new() { From = new DateOnly(2024, 3, 1) },
            new() { From = new DateOnly(2024, 10, 15) },
            new() { To = new DateOnly(2024, 5, 31) },
            new() { To = new DateOnly(2024, 1, 20) },
            new() { Review = ReviewState.Unreviewed },
            new() { Review = ReviewState.Confirmed },
            new() { Review = ReviewState.Rejected },
            new() { Review = ReviewState.Unreviewed, Metric = Metric.Killed },
            new() { Review = ReviewState.Unreviewed, Sources = ["HUR", ComparisonFilter.NoSource] },
            new() { Review = ReviewState.Confirmed, Subject = "troops" },
            new() { From = new DateOnly(2024, 6, 1), Review = ReviewState.Unreviewed },
            // The stored days and figure spans (DatedCells): both bounds, one day, a bound with every other filter.
            new() { From = new DateOnly(2024, 3, 15), To = new DateOnly(2024, 9, 10) },
            new() { From = new DateOnly(2024, 7, 4), To = new DateOnly(2024, 7, 4) },
            new() { From = new DateOnly(2024, 9, 1), To = new DateOnly(2024, 8, 1) },
            new() { From = new DateOnly(2024, 4, 20), Metric = Metric.Killed },
            new() { To = new DateOnly(2024, 8, 31), Sources = ["HUR", ComparisonFilter.NoSource] },
            new() { From = new DateOnly(2024, 2, 10), Subject = "troops", Status = ClaimStatus.Reported },
            new() { To = new DateOnly(2024, 11, 30), Credibility = [Credibility.Unrated] },
            new() { From = new DateOnly(2025, 1, 1) },
            new() { To = new DateOnly(2023, 12, 31) },
        ];

        foreach (var filter in filters)
        {
            var expected = await GroupedInMemoryAsync(filter);
            // The filter leads both lists, so a failure names it.
            var actual = Describe(await query.RunAsync(filter, 1, ComparisonQuery.MaxPageSize));
            Assert.Equal([filter.ToString(), .. expected], [filter.ToString(), .. actual]);
            // Page 2 of 5 rows: the same rows as the in-memory grouping's 6th to 10th (its first line is the columns).
            var second = await query.RunAsync(filter, 2, 5);
            var rows = expected.Skip(1).Select(line => string.Join("|", line.Split('|').Take(5))).Distinct().Skip(5).Take(5).ToList();
            Assert.Equal(rows, second.Rows.Select(r => string.Join("|", r.Subject, r.Metric, r.Status, r.ClaimCount, r.SourceCount)).ToList());
        }
        // Not vacuous: the unreviewed filter meets cells with confirmed claims and cells without, and the filters differ.
        await using (var db = store.CreateDbContext())
        {
            var confirmedCells = await db.Claims.Where(c => c.Review == ReviewState.Confirmed).Select(c => new { c.Subject, c.Metric, c.SourceId }).Distinct().CountAsync();
            var cells = await db.ComparisonCells.CountAsync();
            Assert.InRange(confirmedCells, 1, cells - 1);
        }
        var counts = await Task.WhenAll(filters.Take(7).Select(async f => (await query.RunAsync(f, 1, ComparisonQuery.MaxPageSize)).Rows.Sum(r => r.ClaimCount)));
        Assert.Equal(counts.Length, counts.Distinct().Count());
    }

    [Fact]
    public async Task Re_dating_an_article_or_a_claim_keeps_every_claims_day_and_the_date_filter_right()
    {
        var undated = store.AddClaim(article, 10000, sourceId: nis);
        var dated = store.AddClaim(article, 12000, sourceId: hur, asOf: new DateOnly(2024, 10, 1));
        var query = new ComparisonQuery(store);
        var from = new ComparisonFilter { From = new DateOnly(2024, 11, 1) };
        Assert.Equal(0, (await query.RunAsync(from)).TotalRows);

        await using (var db = store.CreateDbContext())
        {
            (await db.Articles.SingleAsync(a => a.Id == article)).PublishedAt = new DateOnly(2024, 11, 5);
            await db.SaveChangesAsync();
        }
        await AssertDaysMatchBackfillAsync();
        var moved = await query.RunAsync(from);
        // Only the claim without an as-of date follows its article.
        Assert.Equal(1, moved.Rows.Single().ClaimCount);
        Assert.Equal(new DateOnly(2024, 11, 5), moved.Rows.Single().Cells.Single().LatestDate);
        Assert.Equal(undated, moved.Rows.Single().Cells.Single().Figures.Single().ClaimId);

        var correction = new ClaimCorrection(store, TimeProvider.System, NullLogger<ClaimCorrection>.Instance);
        var edit = await EditOfAsync(dated);
        edit.AsOf = new DateOnly(2024, 11, 20);
        Assert.Equal(ClaimSaveOutcome.Saved, (await correction.SaveAsync(dated, 0, edit, "editor")).Outcome);
        await AssertDaysMatchBackfillAsync();
        var both = await query.RunAsync(from);
        Assert.Equal(2, both.Rows.Single().ClaimCount);
        Assert.Equal(new DateOnly(2024, 11, 20), both.Rows.Single().Cells.Max(c => c.LatestDate));
        Assert.Equal(0, (await query.RunAsync(new ComparisonFilter { To = new DateOnly(2024, 11, 4) })).TotalRows);
    }

    [Fact]
    public async Task Ingest_sets_the_day_of_the_claims_it_writes_as_the_migrations_backfill_would()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        Assert.Equal(IngestOutcome.Saved, (await ingest.IngestAsync(new IngestRequest
        {
            Text = "Troops sent\n\nNorth Korea has sent 3,000 troops to Russia, South Korea's NIS said.",
            PublishedAt = new DateOnly(2024, 10, 21),
        })).Outcome);
        var batch = ingest.PrepareBatch([.. Enumerable.Range(1, 3).Select(i => new IngestRequest
        {
            Text = $"Report {i}\n\nNorth Korea has sent {i * 1000 + 10_000} troops to Russia, the NIS said.",
            PublishedAt = new DateOnly(2024, 11, i),
        })]);
        Assert.All(await ingest.SaveBatchAsync(batch), r => Assert.Equal(IngestOutcome.Saved, r.Outcome));

        var days = await AssertDaysMatchBackfillAsync();
        Assert.Contains(20241101, days);
        Assert.Contains(20241021, days);
    }

    /// <summary>Every claim's stored day, after checking it equals what the migration's backfill computes from scratch.</summary>
    private async Task<List<int>> AssertDaysMatchBackfillAsync()
    {
        await using var db = store.CreateDbContext();
        var kept = await db.Claims.OrderBy(c => c.Id).Select(c => c.EffectiveDay).ToListAsync();
        await db.Database.ExecuteSqlRawAsync(EffectiveDay.BackfillSql(db.Database.IsNpgsql()));
        var computed = await db.Claims.OrderBy(c => c.Id).Select(c => c.EffectiveDay).ToListAsync();
        Assert.Equal(computed, kept);
        await AssertDatedCellsMatchClaimsAsync(db);
        return kept;
    }

    /// <summary>
    /// The grid as a fresh grouping of every claim in memory (<see cref="ComparisonQuery.Build"/>, which dates a figure by
    /// its as-of and published dates, not the stored day), one line per row and cell.
    /// </summary>
    private async Task<List<string>> GroupedInMemoryAsync(ComparisonFilter filter)
    {
        var (figures, sources) = await store.FiguresAndSourcesAsync();
        // Build leaves the dimensions the database filters (metric, status, subject) to the query: filter them here.
        var selected = figures.Where(f => filter.Review is { } review ? f.Review == review : f.Review != ReviewState.Rejected)
            .Where(f => (filter.Metric is null || f.Metric == filter.Metric) && (filter.Status is null || f.Status == filter.Status)
                && (filter.Subject is null || f.Subject.Contains(filter.Subject, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var grid = ComparisonQuery.Build(selected, sources, filter);
        // The headline and the cell's date: the latest of the cell's claims in the filter, then the highest id. (Build
        // dates a cell by its figures' first reports, the grid by its latest claim.)
        var headlines = selected
            .Where(f => (filter.From is null || f.Date >= filter.From) && (filter.To is null || f.Date <= filter.To))
            .GroupBy(f => (f.Subject, f.Metric, f.Status, f.SourceId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Date ?? DateOnly.MinValue).ThenByDescending(f => f.ClaimId).First());
        return Describe(grid, cell => Headline(headlines[(cell.Row.Subject, cell.Row.Metric, cell.Row.Status, cell.Cell.Column.SourceId)].Date,
            headlines[(cell.Row.Subject, cell.Row.Metric, cell.Row.Status, cell.Cell.Column.SourceId)].ClaimId));
    }

    private static List<string> Describe(ComparisonResult grid) => Describe(grid, cell => Headline(cell.Cell.LatestDate, cell.Cell.Figures[0].ClaimId));

    private static string Headline(DateOnly? date, int claimId) => string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}|{claimId}");

    private static List<string> Describe(ComparisonResult grid, Func<(ComparisonRow Row, ComparisonCell Cell), string> headline) =>
    [
        string.Join(",", grid.Columns.Select(c => c.Name)),
        .. grid.Rows.SelectMany(r => r.Cells.Where(c => c.FigureCount > 0).Select(c => string.Join("|",
            r.Subject, r.Metric, r.Status, r.ClaimCount, r.SourceCount, c.Column.Name, c.FigureCount, c.EchoCount, c.Lowest, c.Highest,
            headline((r, c))))),
    ];

    private async Task<ClaimEdit> EditOfAsync(int claimId)
    {
        await using var db = store.CreateDbContext();
        return ClaimEdit.From(await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId));
    }

    /// <summary>The stored cells, one line each, after checking they equal the claims grouped from scratch.</summary>
    private async Task<List<string>> AssertCellsMatchClaimsAsync()
    {
        await using var db = store.CreateDbContext();
        return await AssertCellsMatchClaimsAsync(db);
    }

    /// <summary>The stored cells, days and spans equal a fresh grouping of the store's claims; the stored cells as lines.</summary>
    internal static async Task<List<string>> AssertCellsMatchClaimsAsync(ClaimTrackerDb db)
    {
        await db.Database.OpenConnectionAsync();
        var stored = await LinesAsync(db, """
            SELECT "Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId"
            FROM "ComparisonCells"
            """);
        var computed = await LinesAsync(db, ComparisonCells.ComputeSql(db.Database.IsNpgsql()));
        Assert.Equal(computed.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        await AssertDatedCellsMatchClaimsAsync(db);
        return stored;
    }

    /// <summary>
    /// The date filters' stored days and figure spans (<see cref="DatedCells"/>) equal a rebuild from scratch where they
    /// are kept (PostgreSQL); elsewhere (SQLite) no write puts a row in them. Subjects compare ignoring case: which
    /// spelling of a row a table keeps is the database's choice.
    /// </summary>
    internal static async Task AssertDatedCellsMatchClaimsAsync(ClaimTrackerDb db)
    {
        await db.Database.OpenConnectionAsync();
        if (!DatedCells.IsKept(db.Database.GetDbConnection()))
        {
            Assert.Equal((0, 0), (await db.ComparisonCellDays.CountAsync(), await db.ComparisonFigureSpans.CountAsync()));
            return;
        }
        async Task<List<string>> ReadAsync() =>
        [
            .. (await LinesAsync(db, """
                SELECT 'day', "Subject", "Metric", "Status", "SourceKey", "Day", "ClaimCount", "LatestClaimId", "FirstReports", "LastReports"
                FROM "ComparisonCellDays"
                """)).Concat(await LinesAsync(db, """
                SELECT 'span', "Subject", "Metric", "Status", "SourceKey", "Figure", "Lowest", "Highest", "FirstDay", "LastDay"
                FROM "ComparisonFigureSpans"
                """)).Select(line => line.ToLowerInvariant()).Order(StringComparer.Ordinal),
        ];
        var kept = await ReadAsync();
        await db.Database.ExecuteSqlRawAsync(DatedCells.RebuildSql(db.Database.IsNpgsql()));
        Assert.Equal(await ReadAsync(), kept);
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
