using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Core.Tests.Articles;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.UrlIngest;

/// <summary>
/// Issue 12's "done when", as an operator does it: the app started as its own process with settings in environment
/// variables, a token from the real CLI (`claimtracker tokens create admin`, while admin still has the first start's
/// one-time password), and a small site on a loopback port with an article, an RSS feed of three more, a PDF and a .docx.
/// </summary>
public sealed class OperatorRunTests
{
    private static readonly DateTimeOffset Day = new(2025, 11, 4, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_cli_token_ingests_a_link_a_feed_a_pdf_and_a_docx_into_the_running_app()
    {
        await using var site = await LoopbackSite.StartAsync();
        var link = site.Serve("world/kursk", "text/html; charset=utf-8", LoopbackSite.ArticlePage("Troops reach the Kursk front", "Loopback Herald",
            "2025-03-05T09:00:00+01:00", "Ukraine's military intelligence said 11,000 North Korean troops had been deployed to the Kursk region."));
        var feed = site.Serve("wire/rss.xml", "application/rss+xml", LoopbackSite.Rss(
            (FeedPage(site, "one", "Wave one lands", "About 2,100 soldiers were deployed to the eastern front, the defence ministry said."), "Wave one lands", Day),
            (FeedPage(site, "two", "Heavy losses", "At least 260 soldiers were killed in the assault, regional officials said."), "Heavy losses", Day.AddHours(1)),
            (FeedPage(site, "three", "Field hospitals fill", "Some 740 soldiers were wounded in the fighting, the health ministry said."), "Field hospitals fill", Day.AddHours(2))));
        await using var app = await AppProcess.StartAsync(("Ingest__AllowPrivateAddresses", "true"), ("Feeds__PollSeconds", "5"));

        var (code, output, error) = await app.CliAsync("tokens", "create", "admin");

        Assert.True(code == 0, error + app.Log);
        Assert.Contains("one-time password. This token works at once", error, StringComparison.Ordinal);
        using var api = app.Client(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1]);

        // A link: fetched, with the page's title, outlet and date, and its claims.
        using (var response = await api.PostAsJsonAsync("api/articles", new { url = link.AbsoluteUri }))
        {
            var article = await CreatedAsync(response, app);
            Assert.Equal("Troops reach the Kursk front", article.GetProperty("title").GetString());
            Assert.Equal("Loopback Herald", article.GetProperty("outlet").GetString());
            Assert.Equal("2025-03-05", article.GetProperty("published").GetString());
            Assert.Equal("day", article.GetProperty("publishedPrecision").GetString());
            Assert.Contains(Values(article), v => v == 11000);
        }

        // A feed: its three articles, with claims, within 30 s of adding it.
        var added = DateTime.UtcNow;
        using (var response = await api.PostAsJsonAsync("api/feeds", new { url = feed.AbsoluteUri }))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        string[] feedTitles = ["Wave one lands", "Heavy losses", "Field hospitals fill"];
        var taken = new List<JsonElement>();
        while (DateTime.UtcNow - added < TimeSpan.FromSeconds(30) && taken.Count < 3)
        {
            await Task.Delay(500);
            using var list = JsonDocument.Parse(await api.GetStringAsync("api/articles?pageSize=1000"));
            taken = [.. list.RootElement.EnumerateArray().Where(a => feedTitles.Contains(a.GetProperty("title").GetString())).Select(a => a.Clone())];
        }
        Assert.True(taken.Count == 3, $"{taken.Count} of the feed's 3 articles stored after 30 s.\n{app.Log}");
        Assert.All(taken, a => Assert.True(a.GetProperty("claimCount").GetInt32() > 0, a.ToString()));

        // A PDF and a Word file, each with one figure.
        foreach (var (name, content, figure) in new[]
        {
            ("sitrep.pdf", ArticleFiles.Pdf("Situation report", "The ministry said 3,300 troops had been deployed to the border region by Monday."), 3300d),
            ("briefing.docx", ArticleFiles.Docx("Briefing", "Officials said 1,250 soldiers were wounded in the week's fighting near the river."), 1250d),
        })
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
            using var response = await api.PostAsync("api/articles", form);
            var article = await CreatedAsync(response, app);
            Assert.Contains(Values(article), v => v == figure);
        }
    }

    [Fact]
    public async Task Without_allow_private_addresses_a_loopback_link_is_a_422()
    {
        await using var site = await LoopbackSite.StartAsync();
        var link = site.Serve("world/kursk", "text/html", LoopbackSite.ArticlePage("Troops", "Loopback Herald", "2025-03-05",
            "Ukraine's military intelligence said 11,000 North Korean troops had been deployed to the Kursk region."));
        await using var app = await AppProcess.StartAsync();
        var (code, output, error) = await app.CliAsync("tokens", "create", "admin");
        Assert.True(code == 0, error);
        using var api = app.Client(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1]);

        using var response = await api.PostAsJsonAsync("api/articles", new { url = link.AbsoluteUri });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("private or local address", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, site.RequestsFor("world/kursk"));
    }

    private static Uri FeedPage(LoopbackSite site, string path, string title, string paragraph) =>
        site.Serve("wire/" + path, "text/html", LoopbackSite.ArticlePage(title, "Loopback Wire", "2025-11-04", paragraph));

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response, AppProcess app)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}\n{app.Log}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static IEnumerable<double> Values(JsonElement article) =>
        article.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number).Select(c => c.GetProperty("value").GetDouble());
}
