using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Sources;

/// <summary>
/// /api/sources?status=proposed and POST /api/sources/{id}/approve, /merge?into=, /reject through the real app with
/// API tokens: each action, and each bad request answered with problem details.
/// </summary>
public class ProposedSourceApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private int lastArticle;

    [Fact]
    public async Task Proposed_sources_are_listed_by_status_and_a_bad_status_is_400()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var proposed = await ProposeAsync(editor, "Fisheries");

        var listed = await editor.GetFromJsonAsync<JsonElement>("/api/sources?status=proposed");
        var registered = await editor.GetFromJsonAsync<JsonElement>("/api/sources?status=registered");
        using var bad = await editor.GetAsync("/api/sources?status=pending");

        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetInt32() == proposed && s.GetProperty("status").GetString() == "proposed");
        Assert.DoesNotContain(registered.EnumerateArray(), s => s.GetProperty("id").GetInt32() == proposed);
        Assert.Contains(registered.EnumerateArray(), s => s.GetProperty("name").GetString() == "WHO");
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "proposed");
    }

    [Fact]
    public async Task Approving_registers_the_source_and_a_second_approval_is_409()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var proposed = await ProposeAsync(editor, "Mines");

        using var approved = await editor.PostAsync($"/api/sources/{proposed}/approve", null);
        using var again = await editor.PostAsync($"/api/sources/{proposed}/approve", null);
        using var unknown = await editor.PostAsync("/api/sources/987654/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "not a proposed source");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "987654");
        var registered = await editor.GetFromJsonAsync<JsonElement>("/api/sources?status=registered");
        Assert.Contains(registered.EnumerateArray(), s => s.GetProperty("id").GetInt32() == proposed);
    }

    [Fact]
    public async Task Merging_moves_the_claims_and_bad_targets_are_refused()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var proposed = await ProposeAsync(editor, "Tourism");
        var who = await SourceIdAsync(editor, "WHO");

        using var noTarget = await editor.PostAsync($"/api/sources/{proposed}/merge", null);
        using var itself = await editor.PostAsync($"/api/sources/{proposed}/merge?into={proposed}", null);
        using var unknown = await editor.PostAsync($"/api/sources/{proposed}/merge?into=987655", null);
        using var merged = await editor.PostAsync($"/api/sources/{proposed}/merge?into={who}", null);
        using var gone = await editor.PostAsync($"/api/sources/{proposed}/merge?into={who}", null);

        await AssertProblemAsync(noTarget, HttpStatusCode.BadRequest, "into");
        await AssertProblemAsync(itself, HttpStatusCode.BadRequest, "two different sources");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "no longer exists");
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        await AssertProblemAsync(gone, HttpStatusCode.NotFound, "no longer exists");
        var claims = await editor.GetFromJsonAsync<JsonElement>($"/api/claims?articleId={lastArticle}");
        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("value").GetDouble() == 140 && c.GetProperty("source").GetString() == "WHO");
    }

    [Fact]
    public async Task Rejecting_leaves_the_claims_without_a_source()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var proposed = await ProposeAsync(editor, "Justice");

        using var rejected = await editor.PostAsync($"/api/sources/{proposed}/reject", null);
        using var again = await editor.PostAsync($"/api/sources/{proposed}/reject", null);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.NotFound, "no source");
        var listed = await editor.GetFromJsonAsync<JsonElement>("/api/sources?status=proposed");
        Assert.DoesNotContain(listed.EnumerateArray(), s => s.GetProperty("id").GetInt32() == proposed);
    }

    [Fact]
    public async Task Two_editors_approving_at_once_get_one_success_and_one_409()
    {
        using var editor = await EditorClient.CreateAsync(app);
        using var other = await EditorClient.CreateAsync(app);
        var proposed = await ProposeAsync(editor, "Culture");

        var answers = await Task.WhenAll(
            Task.Run(() => editor.PostAsync($"/api/sources/{proposed}/approve", null)),
            Task.Run(() => other.PostAsync($"/api/sources/{proposed}/approve", null)));

        try
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    [Fact]
    public async Task Analysts_may_read_proposals_but_not_answer_them()
    {
        using var editor = await EditorClient.CreateAsync(app);
        using var analyst = await EditorClient.ForRoleAsync(app, AccountRoles.Analyst);
        var proposed = await ProposeAsync(editor, "Energy");

        using var approve = await analyst.PostAsync($"/api/sources/{proposed}/approve", null);
        using var list = await analyst.GetAsync("/api/sources?status=proposed");

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    /// <summary>Posts an article crediting a figure to Ethiopia's (unregistered) Ministry of <paramref name="office"/>; returns the proposed source's id.</summary>
    private async Task<int> ProposeAsync(HttpClient editor, string office)
    {
        var text = $"""
            {office} report

            Ethiopia's Ministry of {office} said on Tuesday that 140 {office} workers had been killed in clashes near Gondar.
            """;
        using var posted = await editor.PostAsJsonAsync("/api/articles", new { title = $"{office} report", text });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        lastArticle = int.Parse(posted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var proposed = await editor.GetFromJsonAsync<JsonElement>("/api/sources?status=proposed");
        return proposed.EnumerateArray().Single(s => s.GetProperty("name").GetString()!.Contains($"Ministry of {office}", StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }

    private static async Task<int> SourceIdAsync(HttpClient client, string name)
    {
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");
        return sources.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
