using System.Text;
using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Features.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Security;

/// <summary>
/// An uploaded page full of script vectors is stored and shown, and nothing in it runs: no marker variable is set,
/// the title is untouched, no dialog opens, no frame, embed or javascript: link reaches the DOM.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class HostileUploadTests(BrowserFixture fixture)
{
    private const string Marker = "Hostile upload 7f3c";

    private static readonly string HostileHtml = $$"""
        <!DOCTYPE html>
        <html><head><title>{{Marker}}</title>
        <meta http-equiv="refresh" content="0;url=javascript:window.top.__pwned='meta'">
        <script>window.__pwned = 'head script'; document.title = 'pwned';</script>
        <base href="javascript:window.__pwned='base'//">
        </head>
        <body onload="window.__pwned='body onload'; document.title='pwned'">
        <article>
        <h1>{{Marker}}</h1>
        <p>The defence ministry said on Monday that 10,000 troops had arrived at the border. <script>window.__pwned='inline script'; document.title='pwned';</script></p>
        <p>Officials said 2,000 soldiers were wounded, according to the ministry. <img src="x" onerror="window.__pwned='img onerror'; document.title='pwned'"></p>
        <p>Read <a id="evil-link" href="javascript:window.__pwned='js link'; document.title='pwned'">the ministry statement</a> for details.
        <iframe src="javascript:window.top.__pwned='iframe src'"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe></p>
        <p><svg onload="window.__pwned='svg onload'"><circle r="1"/></svg><object data="javascript:window.__pwned='object'"></object>
        <embed src="javascript:window.__pwned='embed'"><form action="javascript:window.__pwned='form'"><button>Send</button></form></p>
        <p style="background:url(javascript:window.__pwned='css')">More than 300 civilians were killed, the United Nations said.</p>
        <div onmouseover="window.__pwned='mouseover'" onfocus="window.__pwned='focus'" tabindex="0">Hover text with 40 fighters captured.</div>
        </article>
        </body></html>
        """;

    [Fact]
    public async Task An_uploaded_page_with_scripts_handlers_frames_and_javascript_links_runs_nothing()
    {
        var ingest = fixture.Server.Services.GetRequiredService<IngestService>();
        var result = await ingest.IngestAsync(new IngestRequest { Content = Encoding.UTF8.GetBytes(HostileHtml), FileName = "hostile.html", IngestedBy = "e2e" });
        var articleId = result.ArticleId ?? result.ExistingArticleId ?? throw new InvalidOperationException($"{result.Outcome}: {result.Message}");

        var page = await fixture.OpenSignedInPageAsync();
        var dialogs = new List<string>();
        var cspViolations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };

        await page.GotoInteractiveAsync($"/articles/{articleId}");
        var text = page.Locator("[data-testid=article-text]");
        await Expect(text).ToContainTextAsync("10,000 troops");
        await page.Locator("[data-testid=article-original]").GetByText("Original as received").ClickAsync();
        var original = page.Locator("pre.original-text");
        await Expect(original).ToBeVisibleAsync();
        // The markup is on the page as characters to read, not as elements.
        await Expect(original).ToContainTextAsync("<script>window.__pwned = 'head script'");
        await Expect(original).ToContainTextAsync("onerror=");
        await Expect(original).ToContainTextAsync("<iframe src=\"javascript:");
        await text.GetByText("the ministry statement").ClickAsync();
        await page.Locator("pre.original-text").HoverAsync();
        // Time for any handler, image error or frame load to have fired.
        await page.WaitForTimeoutAsync(1500);
        await page.SaveScreenshotAsync("security-hostile-upload");

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.DoesNotContain("pwned", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(dialogs);
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('iframe, object, embed, svg[onload], main img[onerror], [onerror], [onload], [onmouseover], a[href^=\"javascript:\" i], form[action^=\"javascript:\" i], base[href^=\"javascript:\" i]').length"));
        Assert.EndsWith($"/articles/{articleId}", page.Url, StringComparison.Ordinal);

        // The other places the article is shown: the list and the comparison.
        await page.GotoInteractiveAsync("/articles");
        await Expect(page.GetByText(Marker).First).ToBeVisibleAsync();
        await page.GotoInteractiveAsync("/");
        await page.WaitForTimeoutAsync(500);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(dialogs);
        // The app itself runs under its Content-Security-Policy without a single violation.
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task Pages_are_served_with_the_security_headers()
    {
        var page = await fixture.OpenPageAsync();
        var response = await page.GotoAsync("/");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("script-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
    }
}
