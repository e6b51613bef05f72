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
        await Expect(page.GetByTestId("comparison-loading")).ToHaveCountAsync(0);
        // The URL changes before the grid re-renders, so wait for the grid to show only filtered rows.
        var before = await SettledRowKeysAsync(rows, keys => keys.All(key =>
            key.Subject.Contains(subjectWord, StringComparison.OrdinalIgnoreCase) && key.Metric == metric));
        Assert.NotEmpty(before);
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
        await Expect(page.GetByTestId("comparison-loading")).ToHaveCountAsync(0);
        Assert.Equal(before, await SettledRowKeysAsync(rows, keys => keys.SequenceEqual(before)));
        await page.SaveScreenshotAsync("d-filters-after-reload");
    }

    /// <summary>
    /// Reads every row's key in one snapshot (a re-render between reads cannot tear it) and retries until
    /// the grid is non-empty and <paramref name="settled"/> holds, or the timeout passes; returns the last snapshot.
    /// </summary>
    private static async Task<List<RowKey>> SettledRowKeysAsync(ILocator rows, Func<List<RowKey>, bool> settled)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var snapshot = await rows.EvaluateAllAsync<string[][]>(
                "els => els.map(e => [e.dataset.subject ?? '', e.dataset.metric ?? '', e.dataset.status ?? ''])");
            var keys = snapshot.Select(k => new RowKey(k[0], k[1], k[2])).ToList();
            if ((keys.Count > 0 && settled(keys)) || DateTime.UtcNow > deadline)
            {
                return keys;
            }

            await Task.Delay(100);
        }
    }

    private sealed record RowKey(string Subject, string Metric, string Status);
}
