using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Core.Tests.Articles;
using ClaimTracker.Web.Features.UrlIngest;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.UrlIngest;

/// <summary>POST /api/articles {"url"} and PDF/Word uploads, against a real site on a loopback port (private addresses allowed).</summary>
public sealed class LinkIngestTests(PrivateLinksAppFactory app) : IClassFixture<PrivateLinksAppFactory>
{
    private const string Deployed = "South Korea's intelligence service said about 10,000 North Korean troops had been deployed to Russia.";

    [Fact]
    public async Task A_link_is_fetched_and_stored_with_the_pages_title_outlet_date_and_claims()
    {
        await using var site = await LoopbackSite.StartAsync();
        var url = site.Serve("news/troops", "text/html; charset=utf-8", LoopbackSite.ArticlePage(
            "Troops sent to Kursk", "Loopback Herald", "2025-03-05T09:00:00+09:00",
            Deployed, "Officials said the first units arrived by train in early November, according to the ministry."));
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { url = url.AbsoluteUri });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = body.RootElement;
        Assert.Equal("Troops sent to Kursk", article.GetProperty("title").GetString());
        Assert.Equal("Loopback Herald", article.GetProperty("outlet").GetString());
        Assert.Equal("2025-03-05", article.GetProperty("published").GetString());
        Assert.Equal(url.AbsoluteUri, article.GetProperty("url").GetString());
        Assert.Contains(article.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetDouble() == 10000);
        Assert.Contains(site.Requests, r => r.Path == "news/troops" && r.UserAgent == PageFetcher.UserAgent);
    }

    [Fact]
    public async Task The_same_link_twice_is_a_409_duplicate_without_fetching_again()
    {
        await using var site = await LoopbackSite.StartAsync();
        var url = site.Serve("again", "text/html", LoopbackSite.ArticlePage("Again", "Herald", "2025-01-02",
            "The ministry said 4,000 soldiers were wounded near the border, according to officials."));
        using var client = await EditorClient.CreateAsync(app);

        using var first = await client.PostAsJsonAsync("/api/articles", new { url = url.AbsoluteUri });
        using var second = await client.PostAsJsonAsync("/api/articles", new { url = url.AbsoluteUri });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location?.OriginalString, problem.RootElement.GetProperty("existing").GetString());
        Assert.Equal(1, site.RequestsFor("again"));
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_link_as_given_is_kept()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("new-home", "text/html", LoopbackSite.ArticlePage("Moved", "Herald", "2025-02-01",
            "About 1,500 troops were sent in a second wave, the intelligence agency said."));
        var old = site.Redirect("old-home", "/new-home");
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { url = old.AbsoluteUri });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Moved", body.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("loop", HttpStatusCode.UnprocessableEntity, "too_many_redirects")]
    [InlineData("picture", HttpStatusCode.UnprocessableEntity, "unsupported_type")]
    [InlineData("missing", HttpStatusCode.BadGateway, "http_status")]
    [InlineData("huge", HttpStatusCode.RequestEntityTooLarge, "too_large")]
    public async Task A_link_that_is_not_an_article_is_a_clear_problem(string path, HttpStatusCode status, string error)
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Redirect("loop", "/loop");
        site.Serve("picture", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        site.Serve("huge", "text/html", new byte[(5 * 1024 * 1024) + 1]);
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { url = new Uri(site.Root, path).AbsoluteUri });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(error, problem.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_link_that_is_not_http_is_a_422()
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { url = "file:///etc/passwd" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("http", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_pdf_or_word_upload_is_stored_with_its_figure_as_a_claim_and_the_original_kept(string kind)
    {
        var content = kind == "pdf" ? ArticleFiles.Pdf("Situation report", Deployed) : ArticleFiles.Docx("Briefing", Deployed.Replace("10,000", "12,000", StringComparison.Ordinal));
        using var client = await EditorClient.CreateAsync(app);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        form.Add(file, "file", $"report.{kind}");

        using var response = await client.PostAsync("/api/articles", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(kind == "pdf" ? "pdf" : "word", body.RootElement.GetProperty("format").GetString());
        var expected = kind == "pdf" ? 10000 : 12000;
        Assert.Contains(body.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetDouble() == expected);
        var id = body.RootElement.GetProperty("id").GetInt32();
        Assert.Equal(content, await StoredFileAsync(id));
    }

    [Fact]
    public async Task A_pdf_without_text_is_a_clear_400()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ArticleFiles.PdfWithoutText()), "file", "scan.pdf" } };

        using var response = await client.PostAsync("/api/articles", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no text in this PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<byte[]?> StoredFileAsync(int id)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(TempStore.ConnectionStringFor(app.DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT OriginalFile FROM Articles WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync() as byte[];
    }
}
