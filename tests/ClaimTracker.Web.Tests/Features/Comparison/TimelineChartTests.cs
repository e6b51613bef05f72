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
