using System.Text.RegularExpressions;
using ClaimTracker.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Foundation;

[Collection(BrowserTests.Name)]
public sealed class HomePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Home_page_lists_the_five_seed_articles_and_opens_one()
    {
        var articles = await fixture.Server.SeedArticlesAsync();
        Assert.Equal(5, articles.Count);

        var page = await fixture.OpenPageAsync();
        await page.GotoInteractiveAsync("/");

        var recent = page.Locator("[data-testid=recent-articles]");
        foreach (var article in articles)
        {
            await Expect(recent.GetByRole(AriaRole.Link, new() { Name = article.Title, Exact = true })).ToBeVisibleAsync();
        }

        var chosen = articles[2];
        await recent.GetByRole(AriaRole.Link, new() { Name = chosen.Title, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/articles/{chosen.Id}$"));
        await Expect(page.GetByText(chosen.BodyPhrase()).First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("foundation-article-page");
    }
}
