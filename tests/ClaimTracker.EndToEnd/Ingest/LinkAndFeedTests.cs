using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Ingest;

/// <summary>An editor adds a link on the Ingest page and follows a feed on the Feeds page; the pages come from a real loopback site.</summary>
[Collection(BrowserTests.Name)]
public sealed class LinkAndFeedTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_link_is_fetched_previewed_with_the_pages_metadata_and_saved()
    {
        await using var site = await LoopbackSite.StartAsync();
        var url = site.Serve("world/kursk", "text/html", LoopbackSite.ArticlePage("Troops reach Kursk", "Loopback Herald", "2025-03-05T09:00:00Z",
            "Ukraine's military intelligence said 11,000 North Korean troops had been deployed to the Kursk region."));
        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync("/ingest");

        await page.Locator("#ingest-links").FillAsync(url.AbsoluteUri);
        await page.Locator("[data-testid=ingest-fetch-links]").ClickAsync();

        var item = page.Locator($"[data-testid=ingest-item][data-name='{url.AbsoluteUri}']");
        await Expect(item.Locator("[data-testid=preview-claims]")).ToContainTextAsync("11,000");
        await Expect(item.Locator("input[id^=meta-title-]")).ToHaveValueAsync("Troops reach Kursk");
        await Expect(item.Locator("input[id^=meta-outlet-]")).ToHaveValueAsync("Loopback Herald");
        await page.SaveScreenshotAsync("link-preview");
        await item.Locator("[data-testid=ingest-save]").ClickAsync();
        await Expect(item.Locator("[data-testid=ingest-saved-link]")).ToBeVisibleAsync();

        await using var db = await fixture.Server.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var stored = await db.Articles.AsNoTracking().SingleAsync(a => a.Url == url.AbsoluteUri);
        Assert.Equal("Loopback Herald", stored.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 5), stored.PublishedAt);
    }

    [Fact]
    public async Task A_feed_is_followed_from_the_feeds_page_and_its_items_are_taken()
    {
        await using var site = await LoopbackSite.StartAsync();
        var day = new DateTimeOffset(2025, 11, 4, 6, 0, 0, TimeSpan.Zero);
        var feedUrl = site.Serve("wire.xml", "application/rss+xml", LoopbackSite.Rss(
            (site.Serve("wire/1", "text/html", LoopbackSite.ArticlePage("Wave one", "Wire", "2025-11-04", "About 2,000 soldiers were deployed to the front, the ministry said.")), "One", day),
            (site.Serve("wire/2", "text/html", LoopbackSite.ArticlePage("Wave two", "Wire", "2025-11-04", "At least 250 soldiers were killed in the attack, officials said.")), "Two", day.AddHours(1))));
        var page = await fixture.OpenSignedInPageAsync();
        await page.GotoInteractiveAsync("/feeds");

        await page.Locator("#new-feed-url").FillAsync(feedUrl.AbsoluteUri);
        await page.Locator("#new-feed-outlet").FillAsync("Loopback Wire");
        await page.Locator("[data-testid=new-feed-add]").ClickAsync();

        var row = page.Locator("[data-testid=feed-table] tr", new() { Has = page.Locator($"[data-testid=feed-url]:has-text('{feedUrl.AbsoluteUri}')") });
        await Expect(row).ToBeVisibleAsync();
        var taken = row.Locator("[data-testid=feed-taken]");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await taken.InnerTextAsync() != "2" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.Locator("[data-testid=feeds-refresh]").ClickAsync();
        }
        await Expect(taken).ToHaveTextAsync("2");
        await page.SaveScreenshotAsync("feeds-page");

        await row.Locator("[data-testid=feed-pause]").ClickAsync();
        await Expect(row.Locator("[data-testid=feed-paused]")).ToBeVisibleAsync();
    }
}
