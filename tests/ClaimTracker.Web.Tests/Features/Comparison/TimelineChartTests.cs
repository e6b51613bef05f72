using Bunit;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Comparison;

public sealed class TimelineChartTests : UiComponentTest
{
    private static readonly SourceColumn Nis = new(1, "NIS", null, Credibility.Unrated, null);
    private static readonly SourceColumn Hur = new(2, "HUR", null, Credibility.Unrated, null);

    [Fact]
    public void Figures_without_any_date_are_listed_under_the_chart_with_links_to_their_claims()
    {
        var row = Row(
            new ComparisonCell(Nis, [Figure(1, 10_000, asOf: new DateOnly(2024, 10, 18))]),
            new ComparisonCell(Hur, [Figure(2, 11_000, asOf: null)]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        var undated = chart.Find("[data-testid=timeline-undated]");
        Assert.Contains("HUR", undated.TextContent, StringComparison.Ordinal);
        Assert.Contains("11,000", undated.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("NIS", undated.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/7#claim-2", undated.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_row_whose_figures_are_all_dated_has_no_undated_note()
    {
        var row = Row(new ComparisonCell(Nis, [Figure(1, 10_000, asOf: new DateOnly(2024, 10, 18))]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        Assert.Empty(chart.FindAll("[data-testid=timeline-undated]"));
    }

    [Fact]
    public void A_row_with_no_dated_figure_says_so_and_still_lists_the_undated_ones()
    {
        var row = Row(new ComparisonCell(Hur, [Figure(2, 11_000, asOf: null)]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        Assert.Contains("No dated figures to chart.", chart.Markup, StringComparison.Ordinal);
        Assert.Contains("11,000", chart.Find("[data-testid=timeline-undated]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_and_increments_are_drawn_on_separate_charts_never_one_line()
    {
        var row = Row(new ComparisonCell(Nis,
        [
            Figure(1, 10_000, asOf: new DateOnly(2024, 10, 18)),
            Figure(2, 1_500, asOf: new DateOnly(2024, 11, 2)) with { Increment = true },
            Figure(3, 12_000, asOf: new DateOnly(2024, 12, 1)),
        ]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        var charts = chart.FindAll("[data-testid=timeline-chart]");
        Assert.Equal(["totals", "increments"], charts.Select(c => c.GetAttribute("data-kind")));
        Assert.Contains("Totals", charts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("18 Oct 2024", charts[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("1 Dec 2024", charts[0].InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("2 Nov 2024", charts[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("2 Nov 2024", charts[1].InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("18 Oct 2024", charts[1].InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Generals_officers_and_troops_of_one_subject_are_not_one_series()
    {
        var row = Row(new ComparisonCell(Nis,
        [
            Figure(1, 11_000, asOf: new DateOnly(2024, 10, 18)),
            Figure(2, 3, asOf: new DateOnly(2024, 10, 20)) with { Unit = "generals" },
            Figure(3, 500, asOf: new DateOnly(2024, 10, 22)) with { Unit = "officers" },
        ]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        var charts = chart.FindAll("[data-testid=timeline-chart]");
        Assert.Equal(["", "generals", "officers"], charts.Select(c => c.GetAttribute("data-unit")));
        Assert.Contains("NIS latest 11,000", charts[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("NIS latest 3", charts[1].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Totals · officers", charts[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_known_to_the_month_is_labelled_with_the_month_not_its_first_day()
    {
        var row = Row(new ComparisonCell(Nis,
        [
            Figure(1, 10_000, asOf: new DateOnly(2025, 11, 1)) with { AsOfPrecision = AsOfPrecision.Month },
            Figure(2, 12_000, asOf: null) with { PublishedAt = new DateOnly(2025, 12, 1), PublishedPrecision = AsOfPrecision.Month },
        ]));

        var chart = Render<TimelineChart>(p => p.Add(c => c.Row, row));

        var markup = chart.Find("[data-testid=timeline-chart]").InnerHtml;
        Assert.Contains("Nov 2025", markup, StringComparison.Ordinal);
        Assert.Contains("Dec 2025", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Nov 2025", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Dec 2025", markup, StringComparison.Ordinal);
    }

    private static ComparisonRow Row(params ComparisonCell[] cells) => new()
    {
        Subject = "North Korean troops",
        Metric = Metric.Deployed,
        Status = ClaimStatus.Reported,
        Cells = cells,
    };

    private static ClaimFigure Figure(int claimId, double value, DateOnly? asOf) => new()
    {
        ClaimId = claimId,
        ArticleId = 7,
        Subject = "North Korean troops",
        Metric = Metric.Deployed,
        Value = value,
        Qualifier = Qualifier.Exact,
        AsOf = asOf,
    };
}
