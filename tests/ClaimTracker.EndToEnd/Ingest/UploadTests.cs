using System.Text.RegularExpressions;
using ClaimTracker.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Ingest;

[Collection(BrowserTests.Name)]
public sealed partial class UploadTests(BrowserFixture fixture)
{
    // MudFileUpload swaps in a fresh file input after each pick and hides the used one.
    private const string UploadInput = "input[type=file][data-testid=upload-input]:not(.d-none)";

    [Fact]
    public async Task Uploaded_html_article_is_previewed_saved_and_shown_with_its_numbers_highlighted()
    {
        const string fileName = "border-buildup.html";
        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync("/ingest");

        await page.Locator(UploadInput).SetInputFilesAsync(TestArticle.PathOf(fileName));

        var item = page.Locator($"[data-testid=ingest-item][data-name='{fileName}']");
        var previewRows = item.Locator("[data-testid=preview-claim]");
        await Expect(previewRows.First).ToBeVisibleAsync();
        await Expect(item.Locator("[data-testid=preview-claims]")).ToContainTextAsync("4,500");
        await Expect(item.Locator("[data-testid=preview-claims]")).ToContainTextAsync("1,200");
        var previewed = await previewRows.CountAsync();
        await page.SaveScreenshotAsync("a-upload-preview");

        await item.Locator("[data-testid=ingest-save]").ClickAsync();
        var savedLink = item.Locator("[data-testid=ingest-saved-link]");
        await Expect(savedLink).ToBeVisibleAsync();
        var articleId = int.Parse(ArticleIdInHref().Match(await savedLink.GetAttributeAsync("href") ?? "").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var stored = await fixture.Server.ClaimsOfAsync(articleId);
        Assert.Equal(previewed, stored.Count);

        // Search the list for a word of the title the app stored (whatever the reader made of the HTML).
        var title = (await fixture.Server.ArticleAsync(articleId)).Title;
        var titleWord = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!;
        await page.GotoInteractiveAsync("/articles");
        await page.Locator("#article-search").FillAsync(titleWord);
        await page.Locator("#article-search").PressAsync("Enter");
        var links = page.Locator("[data-testid=article-table] [data-testid=article-link]");
        await Expect(links.First).ToContainTextAsync(titleWord);
        var link = page.Locator($"[data-testid=article-table] a[href='/articles/{articleId}']");
        await Expect(link).ToBeVisibleAsync();
        // Retried until the search has re-rendered the table: no listed title lacks the word.
        await Expect(links.Filter(new() { HasNotTextRegex = new Regex(Regex.Escape(titleWord), RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/articles/{articleId}$"));
        var marks = page.Locator("[data-testid=article-text] [data-testid=claim-mark]");
        await Expect(marks).ToHaveCountAsync(stored.Count);
        // Every stored claim is highlighted once, on its own number (the mark may also cover the qualifier).
        var highlighted = new Dictionary<int, string>();
        foreach (var mark in await marks.AllAsync())
        {
            var id = int.Parse(await mark.GetAttributeAsync("data-claim-id") ?? "", System.Globalization.CultureInfo.InvariantCulture);
            highlighted.Add(id, await mark.InnerTextAsync());
        }

        Assert.Equal(stored.Select(c => c.Id).Order(), highlighted.Keys.Order());
        Assert.All(stored, claim => Assert.True(
            highlighted[claim.Id].Contains(claim.MentionText, StringComparison.Ordinal) || claim.MentionText.Contains(highlighted[claim.Id], StringComparison.Ordinal),
            $"Claim {claim.Id} ({claim.MentionText}) is highlighted as '{highlighted[claim.Id]}'."));
        await Expect(marks.Filter(new() { HasTextString = "4,500" }).First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("a-uploaded-article-highlighted");
    }

    [Fact]
    public async Task Duplicate_and_empty_uploads_are_refused_with_their_own_messages()
    {
        var seed = (await fixture.Server.SeedArticlesAsync())[0];
        var seedFile = Directory.GetFiles(RepositoryFolder.Seeds, "*.txt")
            .First(f => File.ReadAllText(f) == seed.Original);

        var articlesBefore = await fixture.Server.ArticleCountAsync();
        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync("/ingest");

        await page.Locator(UploadInput).SetInputFilesAsync(new FilePayload
        {
            Name = Path.GetFileName(seedFile),
            MimeType = "text/plain",
            Buffer = await File.ReadAllBytesAsync(seedFile),
        });
        var duplicate = page.Locator($"[data-testid=ingest-item][data-name='{Path.GetFileName(seedFile)}']");
        await Expect(duplicate.Locator("[data-testid=ingest-duplicate]")).ToBeVisibleAsync();
        await Expect(duplicate.Locator("[data-testid=ingest-duplicate-link]")).ToHaveAttributeAsync("href", $"/articles/{seed.Id}");
        await Expect(duplicate.Locator("[data-testid=ingest-save]")).ToBeDisabledAsync();

        await page.Locator(UploadInput).SetInputFilesAsync(new FilePayload
        {
            Name = "empty.txt",
            MimeType = "text/plain",
            Buffer = [],
        });
        var empty = page.Locator("[data-testid=ingest-item][data-name='empty.txt']");
        var error = empty.Locator("[data-testid=ingest-error]");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToHaveAttributeAsync("data-error", "empty");
        await Expect(error).ToContainTextAsync("empty");
        await Expect(empty.Locator("[data-testid=ingest-save]")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("c-duplicate-and-empty-upload");

        // Neither attempt stored anything.
        Assert.Equal(articlesBefore, await fixture.Server.ArticleCountAsync());
    }

    [GeneratedRegex(@"/articles/(\d+)")]
    private static partial Regex ArticleIdInHref();
}
