using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Feeds;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Feeds;

/// <summary>POST /api/feeds and the background poller, against a real RSS feed and pages on a loopback port.</summary>
public sealed class FeedTests(PrivateLinksAppFactory app) : IClassFixture<PrivateLinksAppFactory>
{
    [Fact]
    public async Task A_feed_is_polled_at_once_and_its_articles_are_stored_with_claims_a_failing_item_stopping_nothing()
    {
        await using var site = await LoopbackSite.StartAsync();
        var day = new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.Zero);
        var items = new[]
        {
            (Page(site, "a", "First wave", "About 3,000 North Korean troops were deployed to Russia, the intelligence service said."), "First", day),
            (Page(site, "b", "Casualties", "Ukraine's military intelligence said around 400 North Korean soldiers were killed."), "Second", day.AddHours(1)),
            (new Uri(site.Root, "gone"), "Missing", day.AddHours(2)),
            (Page(site, "c", "Wounded", "Officials said 3,600 soldiers were wounded in the fighting, according to the ministry."), "Third", day.AddHours(3)),
        };
        var feedUrl = site.Serve("feed.xml", "application/rss+xml", LoopbackSite.Rss(items));
        using var client = await EditorClient.CreateAsync(app);

        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = feedUrl.AbsoluteUri, outlet = "Loopback Wire" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var feedId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var stored = await WaitForArticlesAsync(site, 3);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, a => Assert.Equal("Loopback Wire", a.Outlet));
        Assert.All(stored, a => Assert.True(a.Claims > 0, $"{a.Url} has no claims"));
        Assert.StartsWith("editor-", stored[0].IngestedBy, StringComparison.Ordinal);

        // The articles are stored one by one; the feed's count and last error are written when the whole poll ends.
        var feed = await PolledFeedAsync(client, feedId);
        Assert.Equal(3, feed.GetProperty("itemsTaken").GetInt32());
        Assert.Contains("/gone", feed.GetProperty("lastError").GetString(), StringComparison.Ordinal);

        // Later polls skip what is stored: no page is fetched twice, nothing is taken twice.
        await Task.Delay(2500);
        Assert.Equal(3, (await FeedAsync(client, feedId)).GetProperty("itemsTaken").GetInt32());
        Assert.Equal(1, site.RequestsFor("a"));
    }

    /// <summary>
    /// Pollers running at once (instances sharing the database, or a round overlapping the one before) poll a due feed
    /// once: the feed and each page are fetched once and each article is stored once.
    /// </summary>
    [Fact]
    public async Task Pollers_running_at_once_poll_a_due_feed_once()
    {
        await using var site = await LoopbackSite.StartAsync();
        var day = new DateTimeOffset(2025, 11, 5, 8, 0, 0, TimeSpan.Zero);
        var items = new[]
        {
            (Page(site, "once-a", "Brigade", "About 2,400 soldiers were deployed to the border, the defence ministry said."), "First", day),
            (Page(site, "once-b", "Shelling", "At least 16 civilians were killed in the shelling overnight, the governor said."), "Second", day.AddHours(1)),
        };
        var feedUrl = site.Serve("once.xml", "application/rss+xml", LoopbackSite.Rss(items));
        using var client = await EditorClient.CreateAsync(app);
        var reader = app.Services.GetRequiredService<FeedReader>();

        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = feedUrl.AbsoluteUri });
        // The app's own poller is a fifth contender.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => reader.PollDueAsync(CancellationToken.None))));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var feedId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var feed = await PolledFeedAsync(client, feedId);
        Assert.Equal(1, site.RequestsFor("once.xml"));
        Assert.Equal(2, feed.GetProperty("itemsTaken").GetInt32());
        var stored = await WaitForArticlesAsync(site, 2);
        Assert.Equal(2, stored.Count);
        Assert.Equal((1, 1), (site.RequestsFor("once-a"), site.RequestsFor("once-b")));
    }

    [Fact]
    public async Task An_item_with_an_unreadable_date_is_taken_undated_and_does_not_stop_the_feed()
    {
        await using var site = await LoopbackSite.StartAsync();
        var wrongWeekday = Page(site, "d1", "Convoy", "About 1,800 soldiers were deployed to the mountain pass, the army said.");
        var isoDate = Page(site, "d2", "Night raid", "At least 37 soldiers were killed in the night raid, regional officials said.");
        // 3 November 2025 was a Monday; the second date is ISO, which RSS does not allow. Both are seen in real feeds.
        var feedUrl = site.Serve("dates.xml", "application/xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title><link>http://example.org/</link><description>d</description>
            <item><title>Convoy</title><link>{wrongWeekday}</link><pubDate>Tue, 03 Nov 2025 06:00:00 GMT</pubDate></item>
            <item><title>Night raid</title><link>{isoDate}</link><pubDate>2025-11-04</pubDate></item>
            </channel></rss>
            """);
        using var client = await EditorClient.CreateAsync(app);

        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = feedUrl.AbsoluteUri });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var stored = await WaitForArticlesAsync(site, 2);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.True(a.Claims > 0, $"{a.Url} has no claims"));
        var feedId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var feed = await PolledFeedAsync(client, feedId);
        Assert.Equal(2, feed.GetProperty("itemsTaken").GetInt32());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task A_paused_feed_is_not_polled_and_a_deleted_one_is_gone()
    {
        await using var site = await LoopbackSite.StartAsync();
        var feedUrl = site.Serve("paused.xml", "application/rss+xml", LoopbackSite.Rss());
        using var client = await EditorClient.CreateAsync(app);
        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = feedUrl.AbsoluteUri });
        var feedId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        // The poll at creation first: on a loaded machine it may still be under way when the pause arrives.
        for (var tries = 0; tries < 120 && (await FeedAsync(client, feedId)).GetProperty("lastPolledAt").ValueKind == JsonValueKind.Null; tries++)
        {
            await Task.Delay(250);
        }
        using var paused = await client.PostAsync($"/api/feeds/{feedId}/pause", null);
        Assert.Equal(HttpStatusCode.NoContent, paused.StatusCode);
        // A round that read the due feeds just before the pause may still fetch once; count from after it.
        await Task.Delay(1500);
        var before = site.RequestsFor("paused.xml");

        await Task.Delay(2500);

        Assert.Equal(before, site.RequestsFor("paused.xml"));
        Assert.True((await FeedAsync(client, feedId)).GetProperty("paused").GetBoolean());
        using var deleted = await client.DeleteAsync($"/api/feeds/{feedId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var again = await client.DeleteAsync($"/api/feeds/{feedId}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Bad_and_repeated_feeds_are_clear_problems_and_analysts_may_not_add_feeds()
    {
        using var editor = await EditorClient.CreateAsync(app);
        using var analyst = await EditorClient.ForRoleAsync(app, AccountRoles.Analyst);
        var url = "http://127.0.0.1:9/repeated.xml";

        using var bad = await editor.PostAsJsonAsync("/api/feeds", new { url = "not a url" });
        using var first = await editor.PostAsJsonAsync("/api/feeds", new { url });
        using var repeated = await editor.PostAsJsonAsync("/api/feeds", new { url });
        using var forbidden = await analyst.PostAsJsonAsync("/api/feeds", new { url = "http://127.0.0.1:9/other.xml" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("http://", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static Uri Page(LoopbackSite site, string path, string title, string sentence) =>
        site.Serve(path, "text/html", LoopbackSite.ArticlePage(title, "Page Outlet", "2025-11-03", sentence));

    private async Task<List<(string? Url, string? Outlet, string? IngestedBy, int Claims)>> WaitForArticlesAsync(LoopbackSite site, int count)
    {
        var prefix = site.Root.AbsoluteUri;
        var factory = app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = await factory.CreateDbContextAsync())
            {
                var articles = await db.Articles.AsNoTracking()
                    .Where(a => a.Url != null && a.Url.StartsWith(prefix))
                    .Select(a => new { a.Url, a.Outlet, a.IngestedBy, Claims = a.Claims.Count })
                    .ToListAsync();
                if (articles.Count >= count || DateTime.UtcNow > deadline)
                {
                    return articles.ConvertAll(a => (a.Url, a.Outlet, a.IngestedBy, a.Claims));
                }
            }
            await Task.Delay(250);
        }
    }

    private static async Task<JsonElement> PolledFeedAsync(HttpClient client, int id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var feed = await FeedAsync(client, id);
            if (feed.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null || DateTime.UtcNow > deadline)
            {
                return feed;
            }
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> FeedAsync(HttpClient client, int id)
    {
        var feeds = JsonDocument.Parse(await client.GetStringAsync("/api/feeds"));
        return feeds.RootElement.EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == id).Clone();
    }
}
