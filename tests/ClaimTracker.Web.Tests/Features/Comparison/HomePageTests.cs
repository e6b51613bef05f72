using System.Net;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Comparison;

public sealed class HomePageTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    /// <summary>The page as the admin sees it (the Ingest page and link are for editors and admins only).</summary>
    private async Task<string> GetPageAsync(string path)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        using (var signIn = await ClaimTracker.Web.Tests.Features.Accounts.AccountsApp.PostSignInAsync(client, "admin", ClaimTrackerAppFactory.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<(int Id, string Title)>> StoredArticlesAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        await using var db = await factory.CreateDbContextAsync();
        var rows = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Title }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.Title))];
    }

    [Fact]
    public async Task Home_page_lists_the_five_seed_articles_with_links()
    {
        var html = await GetPageAsync("/");
        var articles = await StoredArticlesAsync();

        Assert.Equal(5, articles.Count);
        Assert.Contains("<title>Comparison · ClaimTracker</title>", html, StringComparison.Ordinal);
        Assert.Contains("Recent articles", html, StringComparison.Ordinal);
        foreach (var (id, title) in articles)
        {
            Assert.Contains(title, html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/articles/{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_page_shows_the_stored_claims_in_the_comparison_grid()
    {
        var html = await GetPageAsync("/");

        Assert.Contains("data-testid=\"comparison-grid\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"comparison-cell\"", html, StringComparison.Ordinal);
        Assert.Matches("#claim-\\d+", html);
    }

    [Fact]
    public async Task An_article_page_shows_its_text_with_highlighted_claims_and_the_original_as_text()
    {
        var (id, title) = (await StoredArticlesAsync())[0];

        var html = await GetPageAsync($"/articles/{id}");

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Matches("<mark id=\"claim-\\d+\"", html);
        Assert.Contains("Original as received", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles", "Articles · ClaimTracker")]
    [InlineData("/ingest", "Ingest · ClaimTracker")]
    [InlineData("/sources", "Sources · ClaimTracker")]
    public async Task Every_main_page_renders_with_its_title_and_navigation(string path, string title)
    {
        var html = await GetPageAsync(path);

        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        foreach (var nav in new[] { "nav-comparison", "nav-articles", "nav-ingest", "nav-sources" })
        {
            Assert.Contains($"data-testid=\"{nav}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_page_gets_the_friendly_not_found_page_with_a_404()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("We couldn't find that page", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-comparison\"", html, StringComparison.Ordinal);
    }
}
