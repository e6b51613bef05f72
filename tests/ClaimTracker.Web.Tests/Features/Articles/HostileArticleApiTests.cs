using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>Articles built to cost the store or the server far more than their size: through the real API and store.</summary>
public sealed class HostileArticleApiTests(ClaimLimitAppFactory app) : IClassFixture<ClaimLimitAppFactory>
{
    private static string Figures(string tag, int count)
    {
        var text = new StringBuilder($"Troop movements {tag}\n\n");
        for (var n = 0; n < count; n++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"The ministry said {1000 + n:N0} troops were sent to {tag}. ");
        }
        return text.ToString();
    }

    private async Task<int> ArticleCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        return await db.Articles.CountAsync();
    }

    [Fact]
    public async Task An_article_past_the_claim_limit_is_stored_with_the_first_claims_and_a_warning_in_the_api_and_on_its_page()
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { title = "Many figures", text = Figures("limit", 12) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warning = created.RootElement.GetProperty("warning").GetString();
        Assert.Equal("The article has more than 5 figures about people; only the first 5 claims were kept.", warning);
        var values = created.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).ToList();
        Assert.Equal([1000, 1001, 1002, 1003, 1004], values);

        using var stored = JsonDocument.Parse(await client.GetStringAsync(response.Headers.Location));
        Assert.Equal(warning, stored.RootElement.GetProperty("warning").GetString());
        Assert.Equal(ClaimLimitAppFactory.MaxClaims, stored.RootElement.GetProperty("claims").GetArrayLength());

        var page = await client.GetStringAsync($"/articles/{created.RootElement.GetProperty("id").GetInt32()}");
        Assert.Contains("data-testid=\"article-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("only the first 5 claims were kept", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_under_the_limit_has_no_warning()
    {
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { title = "Few figures", text = Figures("few", 3) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, created.RootElement.GetProperty("warning").ValueKind);
        Assert.Equal(3, created.RootElement.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task A_megabyte_of_misnested_html_is_a_422_and_nothing_is_stored()
    {
        using var client = await EditorClient.CreateAsync(app);
        var before = await ArticleCountAsync();
        var html = new StringBuilder().Insert(0, "<b><i>x</b></i>", 1024 * 1024 / 15).ToString();

        using var response = await client.PostAsJsonAsync("/api/articles", new { title = "Misnested", html });

        await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("too_expensive", problem.RootElement.GetProperty("error").GetString());
        Assert.StartsWith("This HTML is too expensive to read", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task The_original_of_a_utf16_upload_without_a_byte_order_mark_is_stored_decoded()
    {
        using var client = await EditorClient.CreateAsync(app);
        var text = EditorClient.ArticleText("utf16-original");
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.Unicode.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "utf16.txt");

        using var response = await client.PostAsync("/api/articles", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var original = await db.Articles.Where(a => a.Id == id).Select(a => a.Original).SingleAsync();
        Assert.Equal(text, original);
        Assert.DoesNotContain('\0', original);
    }

    [Fact]
    public async Task An_ingest_whose_caller_has_gone_stops_and_stores_nothing()
    {
        var ingest = app.Services.GetRequiredService<IngestService>();
        var before = await ArticleCountAsync();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ingest.IngestAsync(new IngestRequest { Text = Figures("cancelled", 50), IngestedBy = "tests" }, gone.Token));

        Assert.Equal(before, await ArticleCountAsync());
    }
}
