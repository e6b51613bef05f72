using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>
/// DELETE /api/articles/{id}: an editor's undo of a wrong ingest. The article goes with its claims and their cells, the
/// audit keeps who deleted it; an unknown id is a 404 problem, an analyst (read-only) a 403 and an anonymous caller a 401, and neither
/// loses anything.
/// </summary>
public class ArticleDeletionApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task An_editor_deletes_an_article_with_its_claims_and_the_audit_names_them()
    {
        using var client = await EditorClient.CreateAsync(app);
        var id = await PostAsync(client, "deleted-by-editor");
        await using (var before = await OpenAsync())
        {
            Assert.NotEqual(0, await before.Claims.CountAsync(c => c.ArticleId == id));
        }

        using var deleted = await client.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var read = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        await using var db = await OpenAsync();
        Assert.Equal(0, await db.Claims.CountAsync(c => c.ArticleId == id));
        var audit = await db.AuditEntries.SingleAsync(e => e.Entity == "Article" && e.EntityId == id);
        Assert.Equal("Deleted", audit.Field);
        Assert.StartsWith("editor-", audit.User, StringComparison.Ordinal);
        Assert.Matches(@"^Border report deleted-by-editor \([1-9]\d* claims\)$", audit.OldValue);
    }

    [Fact]
    public async Task Deleting_an_unknown_or_already_deleted_article_is_a_404_problem()
    {
        using var client = await EditorClient.CreateAsync(app);
        var id = await PostAsync(client, "deleted-twice");
        using var first = await client.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        using var second = await client.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal($"There is no article #{id}.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_analyst_gets_403_and_an_anonymous_caller_401_and_the_article_stays()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var id = await PostAsync(editor, "kept-from-analysts");
        using var reader = await EditorClient.ForRoleAsync(app, AccountRoles.Analyst);
        using var anonymous = app.CreateClient();

        using var byReader = await reader.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
        using var byAnonymous = await anonymous.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        await using var db = await OpenAsync();
        Assert.True(await db.Articles.AnyAsync(a => a.Id == id));
        Assert.NotEqual(0, await db.Claims.CountAsync(c => c.ArticleId == id));
    }

    private static async Task<int> PostAsync(HttpClient client, string tag)
    {
        using var response = await client.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText(tag) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetInt32();
    }

    private Task<ClaimTrackerDb> OpenAsync() =>
        app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
}
