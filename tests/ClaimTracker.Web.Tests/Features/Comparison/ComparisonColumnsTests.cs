using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Comparison;

/// <summary>
/// Which cells of a page show their headline in full and which only count in the spread, with more named sources than
/// columns: on PostgreSQL the page, its cells, their sources and their headlines are one statement (with a sources or
/// rating filter too), which must pick the same columns.
/// </summary>
public class ComparisonColumnsTests : IDisposable
{
    private readonly UiTestDatabase store;

    public ComparisonColumnsTests()
        : this(new UiTestDatabase())
    {
    }

    protected ComparisonColumnsTests(UiTestDatabase store) => this.store = store;

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Sources_tied_at_the_last_column_still_show_their_headlines_and_the_rest_count_in_the_spread()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var later = store.AddArticle("B", "AP", new DateOnly(2024, 11, 2));
        // Fourteen sources with two claims each: which twelve are shown is decided by name among equals.
        var sources = Enumerable.Range(0, 14).Select(i => store.AddSource($"T{i:D2}")).ToList();
        var headlines = new Dictionary<string, int>();
        foreach (var (source, i) in sources.Select((s, i) => (s, i)))
        {
            store.AddClaim(article, 1000, sourceId: source);
            headlines[$"T{i:D2}"] = store.AddClaim(later, i == 13 ? 9000 : 1000 + i, sourceId: source);
        }
        store.AddClaim(article, 10, subject: "other troops");

        var result = await new ComparisonQuery(store).RunAsync(new ComparisonFilter());

        Assert.Equal(ComparisonQuery.MaxColumns, result.Columns.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"T{i:D2}"), result.Columns.Select(c => c.Name));
        var row = result.Rows[0];
        Assert.Equal(14, row.SourceCount);
        foreach (var cell in row.Cells)
        {
            Assert.Equal(headlines[cell.Column.Name], Assert.Single(cell.Figures).ClaimId);
            Assert.Equal("B", cell.Figures[0].ArticleTitle);
        }
        // T13 is not shown, but its 9,000 against T00's 1,000 is the spread.
        Assert.Equal(9, row.Spread);
        Assert.True(row.Disagree);
        // The other row has only unattributed claims, and with fourteen named sources on the page their column is not
        // shown: the row is listed with empty cells.
        Assert.Equal(2, result.TotalRows);
        Assert.All(result.Rows[1].Cells, c => Assert.Empty(c.Figures));
    }

    [Fact]
    public async Task The_unattributed_column_shows_its_headline_when_there_is_room_and_past_the_last_page_the_total_stays()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var nis = store.AddSource("NIS");
        store.AddClaim(article, 100, sourceId: nis);
        var unattributed = store.AddClaim(article, 300);
        store.AddClaim(article, 5, subject: "guards", metric: Metric.Killed);

        var query = new ComparisonQuery(store);
        var result = await query.RunAsync(new ComparisonFilter());
        var beyond = await query.RunAsync(new ComparisonFilter(), page: 3, pageSize: 1);

        Assert.Equal(["NIS", SourceColumn.Unattributed.Name], result.Columns.Select(c => c.Name));
        var troops = Assert.Single(result.Rows, r => r.Subject == "North Korean troops");
        Assert.Equal(unattributed, Assert.Single(troops.Cells[1].Figures).ClaimId);
        // Unattributed figures wait for an editor: one named source, no spread.
        Assert.Null(troops.Spread);
        Assert.Equal(2, beyond.TotalRows);
        Assert.Empty(beyond.Rows);
    }

    [Fact]
    public async Task A_sources_or_rating_filter_shows_only_those_columns_with_the_cells_of_the_whole_page()
    {
        var article = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var later = store.AddArticle("B", "AP", new DateOnly(2024, 11, 2));
        var nis = store.AddSource("NIS", Credibility.Credible);
        var hur = store.AddSource("HUR", Credibility.PartlyCredible);
        var pentagon = store.AddSource("Pentagon", Credibility.NotCredible);
        store.AddClaim(article, 10_000, sourceId: nis);
        var nisLatest = store.AddClaim(later, 11_000, sourceId: nis);
        var hurLatest = store.AddClaim(later, 12_000, sourceId: hur);
        store.AddClaim(later, 3_000, sourceId: pentagon);
        var unattributed = store.AddClaim(later, 9_000);
        // Rows HUR has no claim in, and one only Pentagon reports: a sources filter leaves them out, and their count.
        store.AddClaim(article, 40, sourceId: pentagon, subject: "guards", metric: Metric.Killed);
        store.AddClaim(article, 7, sourceId: nis, subject: "marines", metric: Metric.Wounded);
        var query = new ComparisonQuery(store);
        var whole = await query.RunAsync(new ComparisonFilter());
        var troops = whole.Rows.Single(r => r.Subject == "North Korean troops");

        var named = await query.RunAsync(new ComparisonFilter { Sources = ["hur", ComparisonFilter.NoSource] });
        var rated = await query.RunAsync(new ComparisonFilter { Credibility = [Credibility.Credible, Credibility.Unrated] });
        var beyond = await query.RunAsync(new ComparisonFilter { Sources = ["HUR", "NIS"] }, page: 4, pageSize: 1);

        Assert.Equal(["HUR", SourceColumn.Unattributed.Name], named.Columns.Select(c => c.Name));
        var row = Assert.Single(named.Rows);
        Assert.Equal([hurLatest, unattributed], row.Cells.Select(c => Assert.Single(c.Figures).ClaimId));
        Assert.Equal(1, row.SourceCount);
        Assert.Equal(1, named.TotalRows);
        // The unattributed column is unrated: a rating filter with Unrated keeps it, next to the credible NIS.
        Assert.Equal(["NIS", SourceColumn.Unattributed.Name], rated.Columns.Select(c => c.Name));
        Assert.Equal(2, rated.TotalRows);
        var ratedTroops = rated.Rows.Single(r => r.Subject == "North Korean troops");
        Assert.Equal(nisLatest, ratedTroops.Cells[0].Figures[0].ClaimId);
        Assert.Equal(2, ratedTroops.Cells[0].FigureCount);
        Assert.Equal(10_000, ratedTroops.Cells[0].Lowest);
        var unfiltered = troops.Cells.Single(c => c.Column.Name == "NIS").Figures[0];
        Assert.Equal((unfiltered.ClaimId, unfiltered.Quote, unfiltered.ArticleTitle), (ratedTroops.Cells[0].Figures[0].ClaimId,
            ratedTroops.Cells[0].Figures[0].Quote, ratedTroops.Cells[0].Figures[0].ArticleTitle));
        Assert.Equal(2, beyond.TotalRows);
        Assert.Empty(beyond.Rows);
    }
}
