using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// The date filters read the stored days and figure spans (<see cref="DatedCells"/>): reports (a figure in one article)
/// counted by their first or last day, a figure by its span, and the tables rebuilt by the migration. That every write
/// keeps them, and that the grid equals the claims grouped in memory, is <see cref="ComparisonCellsTests"/>' part.
/// </summary>
public class DatedCellsTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly int nis;

    public DatedCellsTests()
        : this(new UiTestDatabase())
    {
    }

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
}
