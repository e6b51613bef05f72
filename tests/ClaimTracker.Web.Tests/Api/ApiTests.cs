using System.Net;
using System.Text.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api;

public class ApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task Health_is_healthy_and_reports_the_database()
    {
        // The details are for admins; strangers get the status only (HealthDetailTests).
        using var client = await EditorClient.ForRoleAsync(app, AccountRoles.Admin);
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var store = checks.GetProperty("store").GetProperty("data");
        Assert.Equal(0, store.GetProperty("pendingMigrations").GetInt32());
        Assert.Equal(5, store.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Articles_lists_the_five_seeds_with_claim_counts()
    {
        using var client = app.CreateClient();
        using var articles = await GetJsonAsync(client, "/api/articles");

        var rows = articles.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(row.GetProperty("id").GetInt32() > 0);
            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("title").GetString()));
            Assert.True(row.TryGetProperty("outlet", out _));
            Assert.True(row.TryGetProperty("published", out _));
        });
        Assert.Contains(rows, row => row.GetProperty("title").GetString() == "North Korean Troops in Russia Increase Amid Ongoing War");
        Assert.Contains(rows, row => row.GetProperty("claimCount").GetInt32() > 0);
    }

    [Fact]
    public async Task An_article_comes_with_its_claims()
    {
        using var client = app.CreateClient();
        using var list = await GetJsonAsync(client, "/api/articles");
        var withClaims = list.RootElement.EnumerateArray().First(a => a.GetProperty("claimCount").GetInt32() > 0);
        var id = withClaims.GetProperty("id").GetInt32();

        using var article = await GetJsonAsync(client, $"/api/articles/{id}");

        Assert.Equal(id, article.RootElement.GetProperty("id").GetInt32());
        var text = article.RootElement.GetProperty("text").GetString()!;
        var claims = article.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(withClaims.GetProperty("claimCount").GetInt32(), claims.Count);
        Assert.All(claims, claim =>
        {
            Assert.Equal(id, claim.GetProperty("articleId").GetInt32());
            // Offsets point into the stored text at the number as written.
            var start = claim.GetProperty("start").GetInt32();
            var end = claim.GetProperty("end").GetInt32();
            Assert.Contains(text[start..end], claim.GetProperty("quote").GetString(), StringComparison.Ordinal);
            // Enums are snake_case strings.
            Assert.Matches("^[a-z_]+$", claim.GetProperty("metric").GetString());
            Assert.Equal("unreviewed", claim.GetProperty("review").GetString());
        });
    }

    [Fact]
    public async Task A_missing_article_is_a_404_problem()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/articles/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("999999", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deployed")]
    [InlineData("killed")]
    [InlineData("killed_or_wounded")]
    public async Task Claims_filter_by_metric(string metric)
    {
        using var client = app.CreateClient();
        using var all = await GetJsonAsync(client, "/api/claims");
        using var filtered = await GetJsonAsync(client, $"/api/claims?metric={metric}");

        var expected = all.RootElement.EnumerateArray().Count(c => c.GetProperty("metric").GetString() == metric);
        var rows = filtered.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, c => Assert.Equal(metric, c.GetProperty("metric").GetString()));
    }

    [Fact]
    public async Task Deployed_claims_exist_in_the_seeds()
    {
        using var client = app.CreateClient();
        using var deployed = await GetJsonAsync(client, "/api/claims?metric=deployed");
        Assert.NotEmpty(deployed.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_metric_is_a_400_problem_naming_the_metrics()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/claims?metric=vaporised");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("killed_or_wounded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_problem_not_a_page()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        using var client = app.CreateClient();
        using var document = await GetJsonAsync(client, "/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/articles", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/claims", out _));
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
