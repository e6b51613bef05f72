using Bunit;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Comparison;

public class ComparisonPageTests : UiComponentTest
{
    [Fact]
    public void Cells_show_each_sources_figures_with_qualifier_date_outlet_and_a_link_to_the_sentence()
    {
        var nis = Store.AddSource("NIS", Credibility.Credible);
        var hur = Store.AddSource("HUR", Credibility.NotCredible);
        var article = Store.AddArticle("Seoul says", "Yonhap", new DateOnly(2024, 10, 18));
        var later = Store.AddArticle("Kyiv says", "Kyiv Independent", new DateOnly(2024, 11, 2));
        var approx = Store.AddClaim(article, 10000, Qualifier.Approximately, nis, asOf: new DateOnly(2024, 10, 18));
        var range = Store.AddClaim(later, 11000, Qualifier.Range, nis, low: 10000, high: 12000);
        Store.AddClaim(later, null, Qualifier.MoreThan, hur, low: 600000);
        Store.AddClaim(later, null, Qualifier.Vague, null, low: 2000);
        RenderProviders();

        var page = Render<ComparisonPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=comparison-cell]")));
        // A cell shows its headline figure and offers the rest on demand.
        Assert.Equal(["10,000–12,000"], page.Find("[data-testid=comparison-cell][data-source=NIS]").QuerySelectorAll("a.figure-value").Select(a => a.TextContent));
        page.Find("[data-testid=comparison-cell][data-source=NIS] [data-testid=cell-more]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.Find("[data-testid=comparison-cell][data-source=NIS]").QuerySelectorAll("a.figure-value").Length));
        var nisCell = page.Find("[data-testid=comparison-cell][data-source=NIS]");
        var figures = nisCell.QuerySelectorAll("a.figure-value");
        Assert.Equal(["10,000–12,000", "≈10,000"], figures.Select(a => a.TextContent));
        Assert.Equal($"/articles/{article}#claim-{approx}", figures[1].GetAttribute("href"));
        Assert.Equal($"/articles/{later}#claim-{range}", figures[0].GetAttribute("href"));
        Assert.Contains("as of 18 Oct 2024", nisCell.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yonhap", nisCell.TextContent, StringComparison.Ordinal);
        Assert.Equal(">600,000", page.Find("[data-testid=comparison-cell][data-source=HUR] a.figure-value").TextContent);
        Assert.Equal("thousands (≥2,000)", page.Find("[data-testid=comparison-cell][data-source='No source'] a.figure-value").TextContent);

        var spread = page.Find("[data-testid=spread]");
        Assert.Equal("true", spread.GetAttribute("data-disagree"));
        Assert.Contains("×54.55", spread.TextContent, StringComparison.Ordinal); // HUR's 600,000 ÷ NIS's latest 11,000; unattributed not counted
        Assert.Contains("2 sources", page.Find("[data-testid=source-count]").TextContent, StringComparison.Ordinal);
        Assert.Equal("not_credible", page.Find("[data-testid=source-column][data-source=HUR] [data-testid=credibility]").GetAttribute("data-credibility"));
    }

    [Fact]
    public void Echoes_are_named_as_echoes_not_counted_as_sources()
    {
        var nis = Store.AddSource("NIS");
        var first = Store.AddArticle("First", "Yonhap", new DateOnly(2024, 10, 18));
        var second = Store.AddArticle("Second", "Reuters", new DateOnly(2024, 10, 19));
        Store.AddClaim(first, 12000, sourceId: nis);
        Store.AddClaim(second, 12000, sourceId: nis);
        RenderProviders();

        var page = Render<ComparisonPage>();

        page.WaitForAssertion(() => Assert.Contains("1 echo", page.Find("[data-testid=cell-more]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=cell-more]").Click();
        page.WaitForAssertion(() => Assert.Contains("echoed by Reuters", page.Find("[data-testid=echoes]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=comparison-cell][data-source=NIS] a.figure-value"));
        Assert.Contains("1 source", page.Find("[data-testid=source-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_come_from_the_url_query()
    {
        var nis = Store.AddSource("NIS");
        var article = Store.AddArticle("A", "Yonhap", new DateOnly(2024, 10, 18));
        Store.AddClaim(article, 12000, sourceId: nis);
        Store.AddClaim(article, 100, sourceId: nis, metric: Metric.Killed);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?metric=killed");
        RenderProviders();

        var page = Render<ComparisonPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=comparison-row]")));
        Assert.Equal("killed", page.Find("[data-testid=comparison-row]").GetAttribute("data-metric"));
    }
}
