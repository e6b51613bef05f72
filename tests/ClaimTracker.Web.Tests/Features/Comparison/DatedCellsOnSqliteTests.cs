using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// SQLite keeps no stored days or figure spans (<see cref="DatedCells.IsKept"/>): its import writes none and its date
/// filters group the claims in range. That those answers equal the claims grouped in memory is
/// <see cref="ComparisonCellsTests"/>' part (it runs on SQLite too).
/// </summary>
public sealed class DatedCellsOnSqliteTests : IDisposable
{
    private readonly UiTestDatabase store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task The_import_writes_no_days_or_spans_and_the_date_filters_never_read_them()
    {
        var ingest = new IngestService(store, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);
        foreach (var first in new[] { 1, 4 })
        {
            var saved = await ingest.SaveBatchAsync(ingest.PrepareBatch([.. Enumerable.Range(first, 3).Select(report => new IngestRequest
            {
                Text = string.Create(CultureInfo.InvariantCulture, $"Report {report}\n\nNorth Korea has sent {10_000 + report * 1_000} troops to Russia, the NIS said. Ukraine's HUR said {report * 100} soldiers were killed."),
                PublishedAt = new DateOnly(2024, 11, report),
            })]));
            Assert.All(saved, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
        }
        await using var db = store.CreateDbContext();
        Assert.False(DatedCells.IsKept(db.Database.GetDbConnection()));
        Assert.Equal((0, 0), (await db.ComparisonCellDays.CountAsync(), await db.ComparisonFigureSpans.CountAsync()));

        var query = new ComparisonQuery(store);
        ComparisonFilter[] filters =
        [
            new() { From = new DateOnly(2024, 11, 3) },
            new() { To = new DateOnly(2024, 11, 3) },
            new() { From = new DateOnly(2024, 11, 2), To = new DateOnly(2024, 11, 5) },
        ];
        var answers = new List<string>();
        foreach (var filter in filters)
        {
            var grid = await query.RunAsync(filter);
            Assert.Contains(grid.Rows, r => r.Metric == Metric.Deployed && r.ClaimCount > 0);
            answers.Add(System.Text.Json.JsonSerializer.Serialize(grid));
        }

        // Rows in the tables (as PostgreSQL keeps them) change no answer: SQLite groups the claims.
        await db.Database.ExecuteSqlRawAsync(DatedCells.RebuildSql(postgres: false));
        Assert.True(await db.ComparisonCellDays.AnyAsync());
        await db.ComparisonCellDays.ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimCount, 1_000));
        foreach (var (filter, answer) in filters.Zip(answers))
        {
            Assert.Equal(answer, System.Text.Json.JsonSerializer.Serialize(await query.RunAsync(filter)));
        }
    }
}
