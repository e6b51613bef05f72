using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Features.Claims;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Comparison;

[Collection(BrowserTests.Name)]
public sealed class FilterTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Comparison_filters_are_written_to_the_url_and_survive_a_reload()
    {
        // Filter on what the store really holds, so the filtered grid is not empty.
        var claim = await fixture.Server.FirstSeedClaimAsync();
        var subjectWord = claim.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var metric = EnumText.Slug(claim.Metric);

        var page = await fixture.OpenPageAsync();
        await page.GotoInteractiveAsync("/");

        await page.Locator("#filter-subject").FillAsync(subjectWord);
        await page.Locator("#filter-subject").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]subject={Uri.EscapeDataString(subjectWord)}"));

        await page.Locator("[data-testid=filter-metric]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = EnumText.Label(claim.Metric), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]metric={metric}"));

        var rows = page.Locator("[data-testid=comparison-row]");
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await RowKeysAsync(rows);
        Assert.All(before, key =>
        {
            Assert.Contains(subjectWord, key.Subject, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(metric, key.Metric);
        });

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"subject=.*metric={metric}|metric={metric}.*subject="));
        await Expect(page.Locator("#filter-subject")).ToHaveValueAsync(subjectWord);
        await Expect(page.Locator("[data-testid=filter-metric]")).ToContainTextAsync(EnumText.Label(claim.Metric));
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.Equal(before, await RowKeysAsync(rows));
        await page.SaveScreenshotAsync("d-filters-after-reload");
    }

    private static async Task<List<(string Subject, string Metric, string Status)>> RowKeysAsync(ILocator rows)
    {
        var keys = new List<(string, string, string)>();
        foreach (var row in await rows.AllAsync())
        {
            keys.Add((
                await row.GetAttributeAsync("data-subject") ?? "",
                await row.GetAttributeAsync("data-metric") ?? "",
                await row.GetAttributeAsync("data-status") ?? ""));
        }

        return keys;
    }
}
