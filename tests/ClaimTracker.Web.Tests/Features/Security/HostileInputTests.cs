using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>SQL, markup, strings up to the limits, control characters and bidi marks go in and come out as the same text.</summary>
public class HostileInputTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private const string Sql = "x'); DROP TABLE Claims; --";
    private const string Markup = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    private const string Bidi = "\u202Egnp.exe\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200E";
    private const string Control = "bell\u0007 back\u0008 esc\u001B tab\t";

    [Fact]
    public async Task Hostile_metadata_is_stored_and_returned_exactly()
    {
        using var client = await EditorClient.CreateAsync(app);
        var title = $"{Sql} {Markup} {Bidi} {Control}";
        // As long as an author may be (InputLimitTests shows one character more is refused).
        var author = new string('A', 60) + Markup + new string('\u202E', 10) + new string('z', 200 - 70 - Markup.Length);

        using var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title,
            outlet = Sql,
            author,
            url = "https://example.org/news?q=%3Cscript%3E&x='--",
            text = EditorClient.ArticleText("hostile-metadata") + "\n\n" + Markup + " " + Sql + " " + Bidi,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt32();
        using var stored = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}"));
        Assert.Equal(title.Trim(), stored.RootElement.GetProperty("title").GetString());
        Assert.Equal(Sql, stored.RootElement.GetProperty("outlet").GetString());
        Assert.Equal(200, author.Length);
        Assert.Equal(author, stored.RootElement.GetProperty("author").GetString());
        Assert.Contains(Markup, stored.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        Assert.True(await db.Claims.AnyAsync());
        Assert.Equal(author, (await db.Articles.SingleAsync(a => a.Id == id)).Author);
    }

    [Fact]
    public async Task The_article_page_shows_hostile_strings_as_text()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title = "Page " + Markup,
            outlet = "<b>Bold outlet</b>",
            url = "https://example.org/hostile-page?q=%22%3E%3Cscript%3E",
            text = EditorClient.ArticleText("hostile-page") + "\n\n" + Markup + " " + Bidi + " " + Control,
        });
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();

        var html = await client.GetStringAsync($"/articles/{id}");

        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Bold outlet</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Bold outlet&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE Claims; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("<script>")]
    public async Task Filters_treat_hostile_text_as_a_literal(string subject)
    {
        using var client = await EditorClient.CreateAsync(app);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=1000");

        var claims = await client.GetFromJsonAsync<JsonElement>($"/api/claims?subject={Uri.EscapeDataString(subject)}");
        var comparison = await client.GetFromJsonAsync<JsonElement>($"/api/comparison?subject={Uri.EscapeDataString(subject)}");
        using var csv = await client.GetAsync($"/api/exports/claims.csv?subject={Uri.EscapeDataString(subject)}");

        Assert.Equal(0, claims.GetArrayLength());
        Assert.Equal(0, comparison.GetProperty("rows").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.True(all.GetArrayLength() > 0);
        Assert.Equal(all.GetArrayLength(), (await client.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=1000")).GetArrayLength());
    }

    [Fact]
    public async Task A_100_KB_subject_filter_is_answered_not_crashed()
    {
        using var client = await EditorClient.CreateAsync(app);
        var subject = new string('%', 100 * 1024);

        using var claims = await client.GetAsync($"/api/claims?subject={Uri.EscapeDataString(subject)}");
        using var comparison = await client.GetAsync($"/api/comparison?subject={Uri.EscapeDataString(subject)}");
        var page = await client.GetStringAsync($"/?subject={Uri.EscapeDataString(subject)}");

        await Articles.ArticleApiTests.AssertProblemAsync(claims, HttpStatusCode.BadRequest);
        await Articles.ArticleApiTests.AssertProblemAsync(comparison, HttpStatusCode.BadRequest);
        Assert.Contains("No claims match these filters.", page, StringComparison.Ordinal);
    }
}
