using ClaimTracker.EndToEnd.Infrastructure;
using Deque.AxeCore.Playwright;

namespace ClaimTracker.EndToEnd.Accessibility;

[Collection(BrowserTests.Name)]
public sealed class AxeScanTests(BrowserFixture fixture)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [InlineData("/", "comparison", "[data-testid=comparison-grid]")]
    [InlineData("/articles", "articles", "[data-testid=article-link]")]
    [InlineData("/articles/{first}", "article", "[data-testid=claim-mark]")]
    [InlineData("/ingest", "ingest", "[data-testid=upload-button]")]
    [InlineData("/sources", "sources", "h1")]
    public async Task Main_page_has_no_serious_or_critical_accessibility_violations(string path, string name, string loaded)
    {
        if (path.Contains("{first}", StringComparison.Ordinal))
        {
            var first = (await fixture.Server.SeedArticlesAsync())[0];
            path = path.Replace("{first}", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        // Signed in, so the editor's controls (and the Ingest page, which needs an editor) are scanned too.
        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync(path);
        // Scan the page as the analyst sees it, once its data has loaded, not the loading placeholder.
        await page.Locator(loaded).First.WaitForAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync($"e-axe-{name}");

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0,
            $"{path} has serious or critical accessibility violations:{Environment.NewLine}" + string.Join(Environment.NewLine,
                blocking.Select(v => $"- {v.Impact} {v.Id}: {v.Help}{Environment.NewLine}" + string.Join(Environment.NewLine,
                    v.Nodes.Take(3).Select(n => $"    {Shorten(n.Html)}{Environment.NewLine}      {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")))));
    }

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..157] + "...";
}
