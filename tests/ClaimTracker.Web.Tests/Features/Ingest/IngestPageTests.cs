using Bunit;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Hosting;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Tests.Features.Ingest;

public class IngestPageTests : UiComponentTest
{
    private const string Article = "North Korea has sent about 12,000 troops to Russia, South Korea's spy agency said on Friday.";

    public IngestPageTests() => Services.AddClaimTrackerUrlIngest();

    private IRenderedComponent<IngestPage> RenderPage()
    {
        RenderProviders();
        return Render<IngestPage>();
    }

    [Fact]
    public void Empty_and_oversize_files_each_get_their_own_message_and_nothing_is_stored()
    {
        var page = RenderPage();

        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("", "empty.txt"),
            InputFileContent.CreateFromBinary(new byte[(5 * 1024 * 1024) + 1], "huge.html"));

        // Binary detection belongs to ArticleReader (Core) and is tested there and in IngestServiceTests.
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=ingest-error]").Count));
        var errors = page.FindAll("[data-testid=ingest-error]").ToDictionary(e => e.GetAttribute("data-error")!, e => e.TextContent);
        Assert.Contains("empty.txt is empty", errors["empty"], StringComparison.Ordinal);
        Assert.Contains("huge.html is 5 MB; each file can be at most 5 MB", errors["too_large"], StringComparison.Ordinal);
        Assert.Empty(page.FindAll("button[data-testid=ingest-save]"));
        using var db = Store.CreateDbContext();
        Assert.Equal(0, db.Articles.Count());
    }

    [Fact]
    public async Task A_pasted_article_is_previewed_then_saved_and_a_second_paste_is_refused_as_a_duplicate()
    {
        var page = RenderPage();

        page.Find("#ingest-text").Input(Article);
        await page.Find("button[data-testid=ingest-preview-paste]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-item]");
        Assert.Empty(page.FindAll("[data-testid=ingest-error]"));
        await page.Find("button[data-testid=ingest-save]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-saved]");

        int id;
        await using (var db = Store.CreateDbContext())
        {
            id = (await db.Articles.SingleAsync()).Id;
        }

        Assert.Equal($"/articles/{id}", page.Find("[data-testid=ingest-saved-link]").GetAttribute("href"));

        page.Find("#ingest-text").Input(Article);
        await page.Find("button[data-testid=ingest-preview-paste]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-duplicate]");
        Assert.Equal($"/articles/{id}", page.Find("[data-testid=ingest-duplicate-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_uploaded_name_is_cleaned_as_the_api_cleans_it_and_the_content_decides_the_type()
    {
        var page = RenderPage();

        // Shown raw, "invoice\u202Elmth.exe" reads as "invoiceexe.html"; ".exe" must not decide how the text is read.
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Article, "C:\\Users\\x\\invoice\u202Elmth\u0007.exe"));

        page.WaitForElement("button[data-testid=ingest-save]");
        var item = page.Find("[data-testid=ingest-item]");
        Assert.Equal(UploadFileName.Clean("invoice\u202Elmth\u0007.exe"), item.GetAttribute("data-name"));
        Assert.Equal("invoicelmth.exe", item.GetAttribute("data-name"));
        Assert.DoesNotContain('\u202E', page.Markup);
        Assert.Empty(page.FindAll("[data-testid=ingest-error]"));
        await page.Find("button[data-testid=ingest-save]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-saved]");
        await using var db = Store.CreateDbContext();
        Assert.DoesNotContain('\u202E', (await db.Articles.SingleAsync()).Title);
    }

    [Fact]
    public async Task A_javascript_url_typed_on_the_page_is_refused_with_a_message_and_the_draft_stays_open_to_correct()
    {
        var page = RenderPage();
        page.Find("#ingest-text").Input(Article);
        await page.Find("button[data-testid=ingest-preview-paste]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-item]");

        page.Find("#meta-url-1").Change("javascript:alert(document.cookie)");
        await page.Find("button[data-testid=ingest-save]").ClickAsync(new());

        page.WaitForElement("[data-testid=ingest-details-error]");
        Assert.Contains("The URL must be an absolute http:// or https:// address", page.Find("[data-testid=ingest-details-error]").TextContent, StringComparison.Ordinal);
        await using (var db = Store.CreateDbContext())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
        }

        page.Find("#meta-url-1").Change("https://example.org/news/2");
        await page.Find("button[data-testid=ingest-save]").ClickAsync(new());
        page.WaitForElement("[data-testid=ingest-saved]");
        Assert.Empty(page.FindAll("[data-testid=ingest-details-error]"));
        await using (var db = Store.CreateDbContext())
        {
            Assert.Equal("https://example.org/news/2", (await db.Articles.SingleAsync()).Url);
        }
    }

    [Theory]
    [InlineData(ClaimTracker.Core.Articles.ArticleReadError.Empty, "a.txt is empty: there is nothing to read.")]
    [InlineData(ClaimTracker.Core.Articles.ArticleReadError.UnsupportedType, "a.txt is not a .txt, .html, .htm, .pdf or .docx file.")]
    [InlineData(ClaimTracker.Core.Articles.ArticleReadError.TooLarge, "a.txt is 6 MB; each file can be at most 5 MB.")]
    public void Each_refusal_names_the_file_and_the_reason(ClaimTracker.Core.Articles.ArticleReadError error, string expected) =>
        Assert.Equal(expected, IngestDraft.Explain(error, "a.txt", 6 * 1024 * 1024, 5 * 1024 * 1024));
}
