using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>Writes through the API need an Editor or Admin: anonymous callers get 401, analysts 403; reads stay open.</summary>
public sealed class WriteAccessApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task Anonymous_writes_are_401_and_store_nothing()
    {
        using var anonymous = app.CreateClient();
        using var editor = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(editor, "anonymous-write");

        using var post = await anonymous.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("anonymous-post") });
        using var patch = await ClaimPatchApiTests.PatchAsync(anonymous, claim.GetProperty("id").GetInt32(), """{"version": 0, "value": 1}""");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, patch.StatusCode);
        var titles = await anonymous.GetFromJsonAsync<List<ArticleRow>>("/api/articles?pageSize=1000");
        Assert.DoesNotContain(titles!, a => a.Title.Contains("anonymous-post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyst_writes_are_403_and_reads_work()
    {
        using var analyst = await EditorClient.ForRoleAsync(app, AccountRoles.Analyst);
        using var editor = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(editor, "analyst-write");

        using var post = await analyst.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("analyst-post") });
        using var patch = await ClaimPatchApiTests.PatchAsync(analyst, claim.GetProperty("id").GetInt32(),
            $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "value": 1}""");
        using var read = await analyst.GetAsync("/api/exports/claims.csv");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, patch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Editor_and_admin_writes_are_recorded_under_their_names()
    {
        using var admin = await EditorClient.ForRoleAsync(app, AccountRoles.Admin);

        using var post = await admin.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("admin-post") });
        var body = await post.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.StartsWith("admin-", body.GetProperty("ingestedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_token_is_401_even_for_reads()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "ct_nope_" + new string('x', 40));
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var read = await client.GetAsync("/api/claims");
        using var write = await client.PostAsync("/api/articles", content);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    private sealed record ArticleRow(int Id, string Title);
}
