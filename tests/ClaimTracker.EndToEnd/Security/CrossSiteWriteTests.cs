using System.Net;
using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Security;

/// <summary>
/// A page on another port of the same host (same-site, so the SameSite cookie is sent) tries to write through the API
/// with the signed-in editor's cookie: an auto-submitting multipart form and a no-cors fetch. Both are refused and
/// nothing is stored; the app's own pages go on writing.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CrossSiteWriteTests(BrowserFixture fixture)
{
    private const string Marker = "crosssitemarker";

    /// <summary>The other site: a real Kestrel on another loopback port serving the two attack pages.</summary>
    private static async Task<(WebApplication Site, Uri Root)> StartOtherSiteAsync(Uri app)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var site = builder.Build();
        var target = new Uri(app, "/api/articles");
        var text = $"Border report {Marker}. The ministry said 4,000 troops arrived at the border.";
        site.MapGet("/form", () => Results.Content($"""
            <!DOCTYPE html><html><body>
            <form id="f" method="post" enctype="multipart/form-data" action="{target}">
              <input name="title" value="{Marker} form"><textarea name="text">{text}</textarea>
            </form>
            <script>document.getElementById('f').submit();</script>
            </body></html>
            """, "text/html"));
        site.MapGet("/fetch", () => Results.Content($$"""
            <!DOCTYPE html><html><body><p id="done">waiting</p>
            <script>
              const body = new FormData();
              body.append('title', '{{Marker}} fetch');
              body.append('text', '{{text}}');
              fetch('{{target}}', { method: 'POST', mode: 'no-cors', credentials: 'include', body })
                .then(() => document.getElementById('done').textContent = 'sent', () => document.getElementById('done').textContent = 'sent');
            </script>
            </body></html>
            """, "text/html"));
        await site.StartAsync();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (site, new Uri(address));
    }

    [Fact]
    public async Task A_form_post_and_a_no_cors_fetch_from_another_port_with_the_cookie_are_refused_and_store_nothing()
    {
        var (site, root) = await StartOtherSiteAsync(fixture.Server.RootUri);
        try
        {
            await TryToWriteFromAsync(root);
        }
        finally
        {
            await site.StopAsync();
            await site.DisposeAsync();
        }
    }

    private async Task TryToWriteFromAsync(Uri root)
    {
        var page = await fixture.OpenSignedInPageAsync();

        var formResponse = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(new Uri(root, "/form").ToString()),
            response => response.Url.EndsWith("/api/articles", StringComparison.Ordinal));
        Assert.Equal(403, formResponse.Status);
        // The problem body as the browser shows it (JSON escapes the apostrophe, so match the words before it).
        await Expect(page.Locator("body")).ToContainTextAsync("Cross-origin write refused");
        await Expect(page.Locator("body")).ToContainTextAsync(SameOriginWrites.RefusedMessage[..SameOriginWrites.RefusedMessage.IndexOf('\'', StringComparison.Ordinal)]);

        await page.GotoAsync(new Uri(root, "/fetch").ToString());
        await Expect(page.Locator("#done")).ToHaveTextAsync("sent");

        await using var db = await fixture.Server.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var stored = await db.Articles.AsNoTracking().Select(a => a.Title + "\n" + a.Text).ToListAsync();
        Assert.DoesNotContain(stored, article => article.Contains(Marker, StringComparison.Ordinal));

        // The app's own pages still write: the same signed-in browser adds a source through the Sources page.
        await page.GotoInteractiveAsync("/sources");
        await page.Locator("[data-testid=source-add]").ClickAsync();
        await page.Locator("#source-name").FillAsync("Same Origin Bureau");
        // The field commits on change (blur), which enables Save.
        await page.Locator("#source-name").PressAsync("Tab");
        await Expect(page.Locator("[data-testid=source-save]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=source-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=source-dialog]")).ToHaveCountAsync(0);
        Assert.True(await db.Sources.AnyAsync(s => s.Name == "Same Origin Bureau"));
    }
}
