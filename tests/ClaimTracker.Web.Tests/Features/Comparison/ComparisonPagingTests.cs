using System.Text.RegularExpressions;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>The comparison computed by the database: paged rows, at most 12 columns, per-cell counts, and index-only plans.</summary>
public sealed class ComparisonPagingTests : IDisposable
{
    private readonly UiTestDatabase store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Rows_come_a_page_at_a_time_with_the_total_busiest_first()
    {
        var nis = store.AddSource("NIS");
        var hur = store.AddSource("HUR");
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        for (var i = 0; i < 30; i++)
        {
            store.AddClaim(article, 100 + i, sourceId: nis, subject: $"unit {i:D2} troops");
        }
        // Two named sources: this row comes first whatever its name.
        store.AddClaim(article, 5, sourceId: nis, subject: "zz guards");
        store.AddClaim(article, 6, sourceId: hur, subject: "zz guards");
        var query = new ComparisonQuery(store);

        var first = await query.RunAsync(new ComparisonFilter());
        var second = await query.RunAsync(new ComparisonFilter(), page: 2);
        var beyond = await query.RunAsync(new ComparisonFilter(), page: 9);

        Assert.Equal(31, first.TotalRows);
        Assert.Equal(ComparisonQuery.DefaultPageSize, first.Rows.Count);
        Assert.Equal(2, first.PageCount);
        Assert.Equal("zz guards", first.Rows[0].Subject);
        Assert.Equal(6, second.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.Subject).Intersect(second.Rows.Select(r => r.Subject)));
        Assert.Empty(beyond.Rows);
        Assert.Equal(31, beyond.TotalRows);
    }

    [Fact]
    public async Task A_page_shows_at_most_twelve_source_columns_the_most_cited_first_and_counts_each_cell()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var later = store.AddArticle("B", "BBC", new DateOnly(2024, 11, 2));
        var sources = Enumerable.Range(0, 15).Select(i => store.AddSource($"S{i:D2}")).ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            // S14 is cited 15 times, S00 once.
            for (var n = 0; n <= i; n++)
            {
                store.AddClaim(article, 1000 + n, sourceId: sources[i]);
            }
        }
        store.AddClaim(later, 1000, sourceId: sources[14]);
        var headline = store.AddClaim(later, 2500, sourceId: sources[14], low: 2000, high: 3000, qualifier: Qualifier.Range);

        var result = await new ComparisonQuery(store).RunAsync(new ComparisonFilter());

        Assert.Equal(ComparisonQuery.MaxColumns, result.Columns.Count);
        Assert.Equal("S14", result.Columns[0].Name);
        Assert.DoesNotContain(result.Columns, c => c.Name is "S00" or "S01" or "S02");
        var row = Assert.Single(result.Rows);
        Assert.Equal(15, row.SourceCount); // every named source counts, shown or not
        var cell = row.Cells[0];
        Assert.Equal(headline, Assert.Single(cell.Figures).ClaimId); // the latest article's figure
        Assert.Equal(16, cell.FigureCount); // 1000..1014 and the range
        Assert.Equal(1, cell.EchoCount); // 1000 again in the later article
        Assert.Equal(1000, cell.Lowest);
        Assert.Equal(3000, cell.Highest);
        Assert.Equal(new DateOnly(2024, 11, 2), cell.LatestDate);
    }

    [Fact]
    public async Task A_rows_spread_counts_the_sources_not_shown_as_columns()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var sources = Enumerable.Range(0, ComparisonQuery.MaxColumns + 1).Select(i => store.AddSource($"S{i:D2}")).ToList();
        for (var i = 1; i < sources.Count; i++)
        {
            // S01..S12 cited twice, all saying 1000; S00 once, saying 4000, so its column is not shown.
            store.AddClaim(article, 1000, sourceId: sources[i]);
            store.AddClaim(article, 1000, sourceId: sources[i]);
        }
        store.AddClaim(article, 4000, sourceId: sources[0]);

        var result = await new ComparisonQuery(store).RunAsync(new ComparisonFilter());

        Assert.DoesNotContain(result.Columns, c => c.Name == "S00");
        var row = Assert.Single(result.Rows);
        Assert.Equal(4, row.Spread);
        Assert.True(row.Disagree);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("killed", null)]
    [InlineData(null, "NIS")]
    public async Task The_grid_queries_read_claims_through_an_index_never_by_scanning_the_table(string? metric, string? source)
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        store.AddClaim(article, 100, sourceId: nis);
        var filter = ComparisonFilter.FromQuery(null, metric, null, source, "2024-01-01", null, null, null);
        var plans = await PlansAsync(filter);

        Assert.Contains(plans, p => p.Contains("IX_Claims_Comparison", StringComparison.Ordinal));
        // "SCAN c" alone is a full scan of the Claims table; "SCAN c USING COVERING INDEX" reads only the index.
        Assert.DoesNotContain(plans, p => Regex.IsMatch(p, @"^SCAN c$"));
        // The date filter compares the claim's stored day: no article is looked up per claim.
        Assert.DoesNotContain(plans, p => p.Contains("Articles", StringComparison.Ordinal));
        // SQLite keeps no stored days or figure spans (DatedCells.IsKept): its date filters group the claims.
        Assert.DoesNotContain(plans, p => p.Contains("ComparisonCellDays", StringComparison.Ordinal) || p.Contains("ComparisonFigureSpans", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("killed", null, null)]
    [InlineData(null, "NIS", "troops")]
    public async Task The_first_page_and_dimension_filters_read_the_stored_cells_not_the_claims(string? metric, string? source, string? subject)
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        store.AddClaim(article, 100, sourceId: nis);
        var filter = ComparisonFilter.FromQuery(subject, metric, null, source, null, null, null, null);
        var plans = await PlansAsync(filter);

        // The cells are found by their index; no Claims index (let alone the table) is read.
        Assert.Contains(plans, p => p.Contains("IX_ComparisonCells_Subject_Metric_Status_SourceId", StringComparison.Ordinal));
        Assert.DoesNotContain(plans, p => p.Contains("IX_Claims", StringComparison.Ordinal));
        await using var db = store.CreateDbContext();
        await using var probe = db.Database.GetDbConnection().CreateCommand();
        var sql = ComparisonQuery.RowsSql(filter, probe, 0, 25) + ComparisonQuery.CellsSql(filter, probe, [("troops", Metric.Killed, ClaimStatus.Reported)]);
        Assert.DoesNotContain("\"Claims\"", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("rejected")]
    [InlineData("unreviewed")]
    public async Task The_review_filters_read_the_reviewed_claims_index_never_every_claim(string review)
    {
        var nis = store.AddSource("NIS");
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        store.AddClaim(article, 100, sourceId: nis);
        store.AddClaim(article, 200, sourceId: nis, review: ReviewState.Confirmed);
        var plans = await PlansAsync(ComparisonFilter.FromQuery(null, null, null, null, null, null, review, null));

        // Reviewed claims are found in their own small index; unreviewed ones come from the stored cells, and only a
        // cell with a confirmed claim is read from IX_Claims_Comparison, by its range (SEARCH), never the whole (SCAN).
        Assert.Contains(plans, p => p.Contains("IX_Claims_Reviewed", StringComparison.Ordinal));
        Assert.DoesNotContain(plans, p => p.StartsWith("SCAN c", StringComparison.Ordinal) && p.Contains("IX_Claims_Comparison", StringComparison.Ordinal));
        Assert.DoesNotContain(plans, p => Regex.IsMatch(p, @"^SCAN (c|r)$"));
        Assert.Equal(review == "unreviewed", plans.Any(p => p.Contains("IX_ComparisonCells_Subject_Metric_Status_SourceId", StringComparison.Ordinal)));
    }

    /// <summary>SQLite's plan lines for the grid's rows and cells queries under the filter.</summary>
    private async Task<List<string>> PlansAsync(ComparisonFilter filter)
    {
        await using var db = store.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var plans = new List<string>();
        foreach (var build in new Func<System.Data.Common.DbCommand, string>[]
        {
            command => ComparisonQuery.RowsSql(filter, command, 0, 25),
            command => ComparisonQuery.CellsSql(filter, command, [("North Korean troops", Metric.Deployed, ClaimStatus.Reported)]),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + build(command);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plans.Add(reader.GetString(3));
            }
        }
        return plans;
    }
}
