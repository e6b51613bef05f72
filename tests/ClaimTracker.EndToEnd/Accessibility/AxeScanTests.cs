using ClaimTracker.EndToEnd.Infrastructure;
using Deque.AxeCore.Playwright;

namespace ClaimTracker.EndToEnd.Accessibility;

[Collection(BrowserTests.Name)]
public sealed class AxeScanTests(BrowserFixture fixture)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [InlineData("/", "comparison")]
    [InlineData("/articles", "articles")]
    [InlineData("/articles/{first}", "article")]
    [InlineData("/ingest", "ingest")]
    [InlineData("/sources", "sources")]
    public async Task Main_page_has_no_serious_or_critical_accessibility_violations(string path, string name)
    {
        if (path.Contains("{first}", StringComparison.Ordinal))
        {
            var first = (await fixture.Server.SeedArticlesAsync())[0];
            path = path.Replace("{first}", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var page = await fixture.OpenPageAsync();
        await page.GotoInteractiveAsync(path);
        // Let data loaded after the first render (tables, lists) appear before scanning.
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await page.SaveScreenshotAsync($"e-axe-{name}");

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0,
            $"{path} has serious or critical accessibility violations:{Environment.NewLine}" + string.Join(Environment.NewLine,
                blocking.Select(v => $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
