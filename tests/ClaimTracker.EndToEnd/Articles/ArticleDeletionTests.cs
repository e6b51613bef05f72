using ClaimTracker.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Articles;

[Collection(BrowserTests.Name)]
public sealed class ArticleDeletionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_editor_deletes_a_wrong_article_after_confirming_and_its_claims_leave_the_store()
    {
        var articleId = await fixture.Server.IngestAsync("wrong-page.html");
        Assert.NotEmpty(await fixture.Server.ClaimsOfAsync(articleId));

        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync($"/articles/{articleId}");
        await page.GetByTestId("article-delete").ClickAsync();
        // Cancelling the question keeps the article.
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByTestId("article-title")).ToBeVisibleAsync();
        Assert.NotEmpty(await fixture.Server.ClaimsOfAsync(articleId));

        await page.GetByTestId("article-delete").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/articles", StringComparison.Ordinal));
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Deleted");
        Assert.Empty(await fixture.Server.ClaimsOfAsync(articleId));
        await page.GotoInteractiveAsync($"/articles/{articleId}");
        await Expect(page.GetByTestId("article-not-found")).ToBeVisibleAsync();
    }
}
