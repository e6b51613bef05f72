using System.Text.RegularExpressions;
using ClaimTracker.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Comparison;

[Collection(BrowserTests.Name)]
public sealed class TaggingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Tagging_a_claim_to_a_source_moves_its_figure_into_that_sources_column()
    {
        var articleId = await fixture.Server.IngestAsync("delta-patrols.html");
        var claim = (await fixture.Server.ClaimsOfAsync(articleId))
            .FirstOrDefault(c => c.MentionText.Contains("2,800", StringComparison.Ordinal));
        Assert.NotNull(claim);
        var target = (await fixture.Server.SourcesAsync()).First(s => s.Id != claim.SourceId);

        var page = await fixture.OpenSignedInPageAsync();
        // The grid is paged and a cell shows its headline figure: go to the claim's row and open its cells.
        await page.GotoInteractiveAsync($"/?subject={Uri.EscapeDataString(claim.Subject)}&metric={ClaimTracker.Store.Claims.EnumText.Slug(claim.Metric)}");
        await OpenCellsAsync(page);
        var figure = page.Locator($"[data-testid=claim-figure][data-claim-id='{claim.Id}']");
        await Expect(figure).ToBeVisibleAsync();
        var targetCell = $"td[data-testid=comparison-cell][data-source='{target.Name}']";
        await Expect(page.Locator($"{targetCell} [data-claim-id='{claim.Id}']")).ToHaveCountAsync(0);

        await figure.Locator("[data-testid=edit-claim]").ClickAsync();
        var editor = page.Locator("[data-testid=claim-editor]");
        await Expect(editor).ToBeVisibleAsync();
        await editor.Locator("#claim-source").FillAsync(target.Name);
        await page.Locator("[data-testid=source-option]", new() { HasTextString = target.Name }).First.ClickAsync();
        // Save only once the choice is taken and the suggestions are closed; a click while they are open just closes them.
        await Expect(editor.Locator("#claim-source")).ToHaveValueAsync(target.Name);
        await Expect(page.Locator("[data-testid=source-option]")).ToHaveCountAsync(0);
        await editor.Locator("[data-testid=claim-save]").ClickAsync();
        // The change is recorded in the claim's history as soon as it is saved.
        await Expect(editor.Locator("[data-testid=claim-history]")).ToContainTextAsync(new Regex(@"History \([1-9]"));
        await editor.Locator("[data-testid=claim-cancel]").ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);

        await Expect(page.GetByTestId("comparison-loading")).ToHaveCountAsync(0);
        await OpenCellsAsync(page);
        var moved = page.Locator($"{targetCell} [data-testid=claim-figure][data-claim-id='{claim.Id}']");
        await Expect(moved).ToBeVisibleAsync();
        await Expect(moved.Locator(".figure-value")).ToContainTextAsync("2,800");
        await moved.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("b-tagged-claim-in-source-column");

        var stored = (await fixture.Server.ClaimsOfAsync(articleId)).Single(c => c.Id == claim.Id);
        Assert.Equal(target.Id, stored.SourceId);
    }

    /// <summary>Opens every cell that holds more than its headline figure, so all of the row's figures are on the page.</summary>
    private static async Task OpenCellsAsync(IPage page)
    {
        var more = page.Locator("[data-testid=cell-more]");
        for (var left = await more.CountAsync(); left > 0; left = await more.CountAsync())
        {
            await more.First.ClickAsync();
            await Expect(more).ToHaveCountAsync(left - 1);
        }
    }
}
