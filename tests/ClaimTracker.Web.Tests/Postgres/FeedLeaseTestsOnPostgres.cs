using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// Two app processes on one PostgreSQL database, as a deployment runs its instances, each with its own feed poller: a
/// due feed is polled by one of them (the lease in <c>FeedReader</c>), so its feed and pages are fetched once and each
/// article is stored once. The site answers slowly, so a poll outlasts the other instance's tick: without the lease
/// both would poll it.
/// </summary>
public sealed class FeedLeaseTestsOnPostgres : IDisposable
{
    private static readonly DateTimeOffset Day = new(2025, 11, 6, 7, 0, 0, TimeSpan.Zero);
    private readonly string database = TestPostgres.CreateDatabase();

    public void Dispose() => TestPostgres.DropDatabase(database);

    [Fact]
    public async Task Two_instances_on_one_database_poll_a_due_feed_once()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.ResponseDelay = TimeSpan.FromSeconds(2);
        var feed = site.Serve("lease.xml", "application/rss+xml", LoopbackSite.Rss(
            (Page(site, "lease-a", "Border brigade", "About 2,600 soldiers were deployed to the border, the defence ministry said."), "Border brigade", Day),
            (Page(site, "lease-b", "Night shelling", "At least 23 civilians were killed in the shelling overnight, the governor said."), "Night shelling", Day.AddHours(1))));
        // PollSeconds 60: the feed is due once (when added) within the test; each poller checks every 5 s.
        (string, string)[] settings =
        [
            ("Database__Provider", "Postgres"), ("ConnectionStrings__ClaimTracker", database),
            ("Ingest__AllowPrivateAddresses", "true"), ("Feeds__PollSeconds", "60"),
        ];
        await using var first = await AppProcess.StartAsync(settings);
        await using var second = await AppProcess.StartAsync(settings);
        var (code, output, error) = await AppProcess.RunCliAsync(Path.GetTempPath(), settings, "tokens", "create", "admin");
        Assert.True(code == 0, error);
        var token = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        using var one = first.Client(token);
        using var two = second.Client(token);

        using (var added = await one.PostAsJsonAsync("api/feeds", new { url = feed.AbsoluteUri }))
        {
            Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        }
        var stored = await StoredTitlesAsync(two, 2);
        // Both pollers tick again (5 s each) before the feed is due again (60 s).
        await Task.Delay(TimeSpan.FromSeconds(7));

        Assert.Equal(["Border brigade", "Night shelling"], (await StoredTitlesAsync(two, 2)).Order(StringComparer.Ordinal));
        Assert.Equal(2, stored.Count);
        Assert.True(site.RequestsFor("lease.xml") == 1, $"The feed was fetched {site.RequestsFor("lease.xml")} times.\n{first.Log}\n{second.Log}");
        Assert.Equal((1, 1), (site.RequestsFor("lease-a"), site.RequestsFor("lease-b")));
        using var feeds = JsonDocument.Parse(await one.GetStringAsync("api/feeds"));
        var polled = Assert.Single(feeds.RootElement.EnumerateArray());
        Assert.Equal(2, polled.GetProperty("itemsTaken").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, polled.GetProperty("lastPolledAt").ValueKind);
    }

    private static Uri Page(LoopbackSite site, string path, string title, string paragraph) =>
        site.Serve(path, "text/html; charset=utf-8", LoopbackSite.ArticlePage(title, "Loopback Wire", "2025-11-06T07:00:00Z", paragraph));

    private static async Task<List<string>> StoredTitlesAsync(HttpClient api, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var list = JsonDocument.Parse(await api.GetStringAsync("api/articles?pageSize=1000"));
            var titles = list.RootElement.EnumerateArray().Select(a => a.GetProperty("title").GetString()!)
                .Where(t => t is "Border brigade" or "Night shelling").ToList();
            if (titles.Count >= count || DateTime.UtcNow > deadline)
            {
                return titles;
            }
            await Task.Delay(500);
        }
    }
}
