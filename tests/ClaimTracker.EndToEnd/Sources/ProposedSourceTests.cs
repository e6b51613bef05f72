using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Features.Claims;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Sources;

[Collection(BrowserTests.Name)]
public sealed class ProposedSourceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_unregistered_ministry_is_proposed_and_once_approved_the_comparison_credits_it()
    {
        // The article credits its figure to a ministry the shipped registry does not know.
        var articleId = await fixture.Server.IngestAsync("amhara-ministry.html");
        var claim = (await fixture.Server.ClaimsOfAsync(articleId)).Single(c => c.MentionText.Contains("312", StringComparison.Ordinal));
        var source = claim.Source;
        Assert.NotNull(source);
        Assert.Contains("Ministry of Water and Irrigation", source.Name, StringComparison.Ordinal);
        // The name has an apostrophe: selectors quote it with double quotes.
        var row = $"/?subject={Uri.EscapeDataString(claim.Subject)}&metric={EnumText.Slug(claim.Metric)}";
        var cell = $"td[data-testid=comparison-cell][data-source=\"{source.Name}\"] [data-claim-id='{claim.Id}']";

        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync(row);
        var column = page.Locator($"th[data-testid=source-column][data-source=\"{source.Name}\"]");
        await Expect(column).ToHaveAttributeAsync("data-proposed", "true");
        await Expect(column.GetByTestId("proposed-source")).ToBeVisibleAsync();
        await Expect(page.Locator(cell)).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/sources");
        var proposal = page.Locator($"[data-testid=proposed-row][data-source=\"{source.Name}\"]");
        await Expect(proposal).ToContainTextAsync("ET");
        await proposal.GetByTestId("proposed-approve").ClickAsync();
        await Expect(proposal).ToHaveCountAsync(0);
        // Now in the registry (searched for, as the table is paged by name).
        await page.Locator("#source-search").FillAsync("Water and Irrigation");
        await Expect(page.Locator($"[data-testid=source-row][data-source=\"{source.Name}\"]")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("proposed-source-approved");

        await page.GotoInteractiveAsync(row);
        await Expect(column).ToBeVisibleAsync();
        await Expect(column).Not.ToHaveAttributeAsync("data-proposed", "true");
        await Expect(column.GetByTestId("proposed-source")).ToHaveCountAsync(0);
        await Expect(page.Locator(cell)).ToBeVisibleAsync();
        var stored = (await fixture.Server.ClaimsOfAsync(articleId)).Single(c => c.Id == claim.Id);
        Assert.Equal((source.Id, ClaimTracker.Store.Sources.SourceStatus.Registered), (stored.SourceId!.Value, stored.Source!.Status));
    }
}
