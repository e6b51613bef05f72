using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Features.Comparison;

public class ComparisonQueryTests : IDisposable
{
    private readonly UiTestDatabase store;
    private readonly int nis;
    private readonly int hur;
    private readonly int pentagon;

    public ComparisonQueryTests()
        : this(new UiTestDatabase())
    {
    }

    protected ComparisonQueryTests(UiTestDatabase store)
    {
        this.store = store;
        nis = store.AddSource("NIS", Credibility.Credible);
        hur = store.AddSource("HUR", Credibility.PartlyCredible);
        pentagon = store.AddSource("Pentagon");
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

    private Task<ComparisonResult> RunAsync(ComparisonFilter? filter = null) => new ComparisonQuery(store).RunAsync(filter ?? new ComparisonFilter());

    [Fact]
    public async Task A_rows_figures_carry_their_increment_unit_and_date_precision_from_the_store()
    {
        var article = store.AddArticle("Monthly", "Yonhap", new DateOnly(2025, 11, 1));
        var total = store.AddClaim(article, 11000, sourceId: nis, asOf: new DateOnly(2025, 11, 1));
        var generals = store.AddClaim(article, 3, sourceId: nis, asOf: new DateOnly(2025, 11, 2));
        var more = store.AddClaim(article, 1500, sourceId: nis, asOf: new DateOnly(2025, 11, 20));
        var undated = store.AddClaim(article, 12000, sourceId: hur);
        await using (var db = store.CreateDbContext())
        {
            await db.Claims.Where(c => c.Id == total).ExecuteUpdateAsync(set => set.SetProperty(c => c.AsOfPrecision, AsOfPrecision.Month));
            await db.Claims.Where(c => c.Id == generals).ExecuteUpdateAsync(set => set.SetProperty(c => c.Suffix, " North Korean generals were"));
            await db.Claims.Where(c => c.Id == more).ExecuteUpdateAsync(set => set.SetProperty(c => c.Increment, true));
            await db.Articles.Where(a => a.Id == article).ExecuteUpdateAsync(set => set.SetProperty(a => a.PublishedPrecision, AsOfPrecision.Month));
        }

        var row = await new ComparisonQuery(store).RowAsync(new ComparisonFilter(), "North Korean troops", Metric.Deployed, ClaimStatus.Reported);

        var figures = row!.Cells.SelectMany(c => c.Figures).ToDictionary(f => f.ClaimId);
        Assert.Equal("Nov 2025", figures[total].DateText);
        Assert.Null(figures[total].Unit);
        Assert.Null(figures[total].Increment);
        Assert.Equal("generals", figures[generals].Unit);
        Assert.True(figures[more].Increment);
        Assert.Equal("20 Nov 2025", figures[more].DateText);
        // Dated by its article alone: the article's month, not its first day.
        Assert.Equal("Nov 2025", figures[undated].DateText);
    }

    [Fact]
    public async Task Rows_group_by_subject_metric_status_with_one_cell_per_source_latest_first()
    {
        var october = store.AddArticle("October", "Reuters", new DateOnly(2024, 10, 18));
        var november = store.AddArticle("November", "BBC", new DateOnly(2024, 11, 5));
        var older = store.AddClaim(october, 10000, Qualifier.Approximately, nis);
        var newer = store.AddClaim(november, 12000, Qualifier.Exact, nis);
        store.AddClaim(november, 11000, Qualifier.Exact, hur);
        store.AddClaim(november, 100, Qualifier.Exact, hur, metric: Metric.Killed);

        var result = await RunAsync();

        Assert.Equal(2, result.Rows.Count);
        var deployed = Assert.Single(result.Rows, r => r.Metric == Metric.Deployed);
        Assert.Equal("North Korean troops", deployed.Subject);
        Assert.Equal(2, deployed.SourceCount);
        // The grid's cell holds the headline (latest) figure and says how many there are; the cell in full holds all, latest first.
        var nisCell = Assert.Single(deployed.Cells, c => c.Column.Name == "NIS");
        Assert.Equal([newer], nisCell.Figures.Select(f => f.ClaimId));
        Assert.Equal(2, nisCell.FigureCount);
        Assert.Equal(1, nisCell.More);
        Assert.Equal(Credibility.Credible, nisCell.Column.Credibility);
        var full = await new ComparisonQuery(store).RowAsync(new ComparisonFilter(), deployed.Subject, deployed.Metric, deployed.Status);
        var fullNis = Assert.Single(full!.Cells, c => c.Column.Name == "NIS");
        Assert.Equal([newer, older], fullNis.Figures.Select(f => f.ClaimId));
        Assert.Equal("≈10,000", fullNis.Figures[1].Text);
        Assert.Equal($"/articles/{october}#claim-{older}", fullNis.Figures[1].Link);
    }

    [Fact]
    public async Task Spread_is_highest_over_lowest_of_each_sources_latest_figure_and_flags_disagreement()
    {
        var a = store.AddArticle("A", "Reuters", new DateOnly(2024, 11, 1));
        store.AddClaim(a, 3000, sourceId: nis, asOf: new DateOnly(2024, 10, 1));
        store.AddClaim(a, 10000, sourceId: nis, asOf: new DateOnly(2024, 11, 1));
        store.AddClaim(a, 12000, sourceId: hur);
        store.AddClaim(a, 100, sourceId: pentagon, metric: Metric.Killed);
        store.AddClaim(a, 104, sourceId: nis, metric: Metric.Killed);

        var result = await RunAsync();

        var deployed = Assert.Single(result.Rows, r => r.Metric == Metric.Deployed);
        Assert.Equal(1.2, deployed.Spread!.Value, 3); // 12,000 ÷ 10,000: NIS's older 3,000 does not count
        Assert.True(deployed.Disagree);
        var killed = Assert.Single(result.Rows, r => r.Metric == Metric.Killed);
        Assert.Equal(1.04, killed.Spread!.Value, 3);
        Assert.False(killed.Disagree);
    }

    [Fact]
    public async Task The_same_sources_figure_repeated_by_other_outlets_is_one_figure_with_echoes()
    {
        var first = store.AddArticle("First", "Yonhap", new DateOnly(2024, 10, 18));
        var second = store.AddArticle("Second", "Reuters", new DateOnly(2024, 10, 19));
        var third = store.AddArticle("Third", "BBC", new DateOnly(2024, 10, 20));
        var original = store.AddClaim(first, 12000, sourceId: nis);
        store.AddClaim(second, 12000, sourceId: nis);
        store.AddClaim(third, 12000, sourceId: nis);
        store.AddClaim(third, 11000, sourceId: hur);

        var result = await RunAsync();

        var row = Assert.Single(result.Rows);
        var nisCell = Assert.Single(row.Cells, c => c.Column.Name == "NIS");
        Assert.Equal(1, nisCell.FigureCount);
        Assert.Equal(2, nisCell.EchoCount);
        Assert.Equal(2, row.SourceCount); // three articles, but only NIS and HUR as sources
        var full = await new ComparisonQuery(store).RowAsync(new ComparisonFilter(), row.Subject, row.Metric, row.Status);
        var figure = Assert.Single(Assert.Single(full!.Cells, c => c.Column.Name == "NIS").Figures);
        Assert.Equal(original, figure.ClaimId);
        Assert.Equal(["Reuters", "BBC"], figure.Echoes.Select(e => e.Outlet));
    }

    [Fact]
    public async Task A_figure_echoed_by_many_articles_lists_its_latest_echoes_in_full_and_counts_them_all()
    {
        var echoes = ComparisonQuery.EchoesShown + 5;
        var start = new DateOnly(2024, 10, 1);
        var original = store.AddClaim(store.AddArticle("First", "Yonhap", start), 12000, sourceId: nis);
        var echoIds = new List<int>();
        for (var i = 1; i <= echoes; i++)
        {
            echoIds.Add(store.AddClaim(store.AddArticle($"Echo {i}", $"Outlet {i}", start.AddDays(i)), 12000, sourceId: nis));
        }
        var row = Assert.Single((await RunAsync()).Rows);

        var full = await new ComparisonQuery(store).RowAsync(new ComparisonFilter { Sources = ["NIS"] }, row.Subject, row.Metric, row.Status);

        var cell = Assert.Single(full!.Cells);
        var figure = Assert.Single(cell.Figures);
        Assert.Equal(original, figure.ClaimId);
        Assert.Equal(echoes, figure.EchoCount);
        Assert.Equal(echoes, cell.EchoCount);
        Assert.Equal(echoIds.TakeLast(ComparisonQuery.EchoesShown), figure.Echoes.Select(e => e.ClaimId));
        // The figures shown are read in full: quote, title and outlet, not the lean columns the grouping reads.
        Assert.All(figure.Echoes.Prepend(figure), f => Assert.Equal("Some text about 10,000 troops.", f.Quote));
        Assert.Equal("First", figure.ArticleTitle);
        Assert.Equal($"Outlet {echoes}", figure.Echoes[^1].Outlet);
    }

    [Fact]
    public async Task A_cell_with_more_figures_than_it_lists_lists_the_latest_and_counts_and_bounds_them_all()
    {
        var figures = ComparisonQuery.FiguresShown + 3;
        var article = store.AddArticle("Daily", "Yonhap", new DateOnly(2025, 1, 1));
        for (var i = 1; i <= figures; i++)
        {
            store.AddClaim(article, 1000 + i, sourceId: hur, asOf: new DateOnly(2024, 1, 1).AddDays(i));
        }

        var row = await new ComparisonQuery(store).RowAsync(new ComparisonFilter { Sources = ["HUR"] }, "North Korean troops", Metric.Deployed, ClaimStatus.Reported);

        var cell = Assert.Single(row!.Cells);
        Assert.Equal(ComparisonQuery.FiguresShown, cell.Figures.Count);
        Assert.Equal(figures, cell.FigureCount);
        Assert.Equal(3, cell.More);
        Assert.Equal(1000 + figures, cell.Figures[0].Value);
        Assert.Equal(1004, cell.Figures[^1].Value);
        // The bounds and the date are the whole cell's, not only of the figures listed.
        Assert.Equal(1001, cell.Lowest);
        Assert.Equal(1000 + figures, cell.Highest);
        Assert.Equal(figures, row.ClaimCount);
    }

    [Fact]
    public async Task A_row_loaded_in_full_equals_its_claims_grouped_in_memory_under_every_filter()
    {
        var october = store.AddArticle("October", "Yonhap", new DateOnly(2024, 10, 18));
        var november = store.AddArticle("November", "BBC", new DateOnly(2024, 11, 2));
        var undated = store.AddArticle("Undated", "Reuters", null);
        var december = store.AddArticle("December", "AP", new DateOnly(2024, 12, 31));
        // Echoes in other articles and a repeat inside one, an earlier as-of date that makes a later article first,
        // ranges, undated claims, every review state, three sources and none.
        store.AddClaim(november, 10000, sourceId: nis);
        store.AddClaim(october, 10000, sourceId: nis);
        store.AddClaim(october, 10000, sourceId: nis);
        store.AddClaim(december, 10000, sourceId: nis, review: ReviewState.Confirmed);
        store.AddClaim(december, 10000, sourceId: nis, asOf: new DateOnly(2024, 9, 1));
        store.AddClaim(undated, 10000, sourceId: nis);
        store.AddClaim(november, 2500, Qualifier.Range, nis, low: 2000, high: 3000, asOf: new DateOnly(2024, 10, 30));
        store.AddClaim(undated, 2500, Qualifier.Range, nis, low: 2000, high: 3000);
        store.AddClaim(december, 12000, sourceId: hur, asOf: new DateOnly(2024, 12, 1), review: ReviewState.Confirmed);
        store.AddClaim(november, 11000, sourceId: hur, review: ReviewState.Rejected);
        store.AddClaim(undated, 9000, sourceId: hur);
        store.AddClaim(october, 11000, Qualifier.Approximately, pentagon);
        store.AddClaim(november, 11000, Qualifier.Approximately, pentagon);
        store.AddClaim(december, 8000);
        store.AddClaim(undated, 8000);
        store.AddClaim(december, 350, metric: Metric.Killed, sourceId: hur);
        ComparisonFilter[] filters =
        [
            new(),
            new() { From = new DateOnly(2024, 11, 1) },
            new() { To = new DateOnly(2024, 11, 2) },
            new() { Review = ReviewState.Confirmed },
            new() { Review = ReviewState.Rejected },
            new() { Sources = ["NIS"] },
            new() { Sources = [ComparisonFilter.NoSource] },
            new() { Credibility = [Credibility.Credible, Credibility.Unrated] },
        ];
        var query = new ComparisonQuery(store);

        foreach (var filter in filters)
        {
            // The row's columns are ordered by the row's own claims: group that row only.
            var expected = (await GroupedInMemoryAsync(filter with { Metric = Metric.Deployed })).Rows.SingleOrDefault(r => r.Status == ClaimStatus.Reported);
            var row = await query.RowAsync(filter, "North Korean troops", Metric.Deployed, ClaimStatus.Reported);
            Assert.Equal(Describe(expected), Describe(row));
        }
        // Not vacuous: the whole row has three sources and the unattributed column, with echoes and a repeat.
        var whole = await query.RowAsync(new ComparisonFilter(), "North Korean troops", Metric.Deployed, ClaimStatus.Reported);
        Assert.Equal(["NIS", "HUR", "Pentagon", "No source"], whole!.Cells.Select(c => c.Column.Name));
        Assert.Equal(4, whole.Cells[0].EchoCount);
    }

    private async Task<ComparisonResult> GroupedInMemoryAsync(ComparisonFilter filter)
    {
        var (figures, sources) = await store.FiguresAndSourcesAsync();
        return ComparisonQuery.Build(figures
            .Where(f => filter.Review is { } review ? f.Review == review : f.Review != ReviewState.Rejected)
            .Where(f => filter.Metric is not { } metric || f.Metric == metric), sources, filter);
    }

    private static List<string> Describe(ComparisonRow? row) => row is null ? ["none"] :
    [
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{row.Subject}|{row.ClaimCount}|{row.SourceCount}|{row.Spread}|{row.Disagree}"),
        .. row.Cells.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{c.Column.Name}|{c.FigureCount}|{c.EchoCount}|{c.Lowest}|{c.Highest}|{c.LatestDate}: ")
            + string.Join("; ", c.Figures.Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{f.ClaimId} {f.Text} {f.Date} {f.Quote} {f.ArticleTitle} echoes {f.EchoCount} [{string.Join(",", f.Echoes.Select(e => e.ClaimId))}]")))),
    ];

    [Fact]
    public async Task Filters_narrow_by_subject_metric_status_source_dates_review_and_credibility()
    {
        var a = store.AddArticle("A", "Reuters", new DateOnly(2024, 10, 18));
        var b = store.AddArticle("B", "BBC", new DateOnly(2024, 12, 1));
        store.AddClaim(a, 10000, sourceId: nis);
        store.AddClaim(a, 11000, sourceId: hur, review: ReviewState.Confirmed);
        store.AddClaim(b, 1200, sourceId: pentagon, metric: Metric.KilledOrWounded);
        store.AddClaim(b, 5000, subject: "Russian troops", status: ClaimStatus.Expected);
        store.AddClaim(b, 999, sourceId: nis, review: ReviewState.Rejected);

        Assert.Equal(3, (await RunAsync()).Rows.Count);
        Assert.DoesNotContain((await RunAsync()).Rows.SelectMany(r => r.Cells).SelectMany(c => c.Figures), f => f.Value == 999);

        var russian = await RunAsync(new ComparisonFilter { Subject = "russian" });
        Assert.Equal("Russian troops", Assert.Single(russian.Rows).Subject);

        var killed = await RunAsync(new ComparisonFilter { Metric = Metric.KilledOrWounded });
        Assert.Equal(Metric.KilledOrWounded, Assert.Single(killed.Rows).Metric);

        var expected = await RunAsync(new ComparisonFilter { Status = ClaimStatus.Expected });
        Assert.Equal(ClaimStatus.Expected, Assert.Single(expected.Rows).Status);

        var onlyNis = await RunAsync(new ComparisonFilter { Sources = ["NIS"] });
        Assert.Equal(["NIS"], onlyNis.Columns.Select(c => c.Name));

        var unattributed = await RunAsync(new ComparisonFilter { Sources = [ComparisonFilter.NoSource] });
        Assert.Null(Assert.Single(unattributed.Columns).SourceId);

        var december = await RunAsync(new ComparisonFilter { From = new DateOnly(2024, 11, 1) });
        Assert.All(december.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Figures), f => Assert.True(f.Date >= new DateOnly(2024, 11, 1)));
        Assert.Equal(2, december.Rows.Count);

        var october = await RunAsync(new ComparisonFilter { To = new DateOnly(2024, 10, 31) });
        Assert.Equal(2, Assert.Single(october.Rows).SourceCount);

        var confirmed = await RunAsync(new ComparisonFilter { Review = ReviewState.Confirmed });
        Assert.Equal(11000, Assert.Single(confirmed.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Figures)).Value);

        var rejected = await RunAsync(new ComparisonFilter { Review = ReviewState.Rejected });
        Assert.Equal(999, Assert.Single(rejected.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Figures)).Value);

        var credible = await RunAsync(new ComparisonFilter { Credibility = [Credibility.Credible] });
        Assert.Equal(["NIS"], credible.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Filter_round_trips_through_the_query_string()
    {
        var filter = new ComparisonFilter
        {
            Subject = "North Korean",
            Metric = Metric.KilledOrWounded,
            Status = ClaimStatus.Expected,
            Sources = ["NIS", "HUR"],
            From = new DateOnly(2024, 10, 1),
            To = new DateOnly(2024, 12, 31),
            Review = ReviewState.Confirmed,
            Credibility = [Credibility.PartlyCredible],
        };

        var query = filter.ToQuery();
        Assert.Equal("killed_or_wounded", query["metric"]);
        Assert.Equal("partly_credible", query["credibility"]);
        Assert.Equal("2024-10-01", query["from"]);

        var back = ComparisonFilter.FromQuery((string?)query["subject"], (string?)query["metric"], (string?)query["status"], (string?)query["sources"],
            (string?)query["from"], (string?)query["to"], (string?)query["review"], (string?)query["credibility"]);
        Assert.Equal(filter.Subject, back.Subject);
        Assert.Equal(filter.Metric, back.Metric);
        Assert.Equal(filter.Status, back.Status);
        Assert.Equal(filter.Sources, back.Sources);
        Assert.Equal(filter.From, back.From);
        Assert.Equal(filter.To, back.To);
        Assert.Equal(filter.Review, back.Review);
        Assert.Equal(filter.Credibility, back.Credibility);
        Assert.True(ComparisonFilter.FromQuery(null, "nonsense", null, null, "not-a-date", null, null, null).IsEmpty);
    }
}
