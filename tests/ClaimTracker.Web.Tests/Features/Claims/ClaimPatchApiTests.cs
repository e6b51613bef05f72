using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Claims;

public class ClaimPatchApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task A_patch_changes_only_the_fields_sent_bumps_the_version_and_is_audited()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-ok");
        var version = claim.GetProperty("version").GetInt32();

        using var response = await PatchAsync(client, claim.GetProperty("id").GetInt32(),
            $$"""{"version": {{version}}, "value": 12345, "review": "confirmed", "subject": "Test troops"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var saved = body.RootElement;
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(12345, saved.GetProperty("value").GetDouble());
        Assert.Equal("confirmed", saved.GetProperty("review").GetString());
        Assert.Equal("Test troops", saved.GetProperty("subject").GetString());
        Assert.Equal(claim.GetProperty("metric").GetString(), saved.GetProperty("metric").GetString());
        Assert.Equal(claim.GetProperty("status").GetString(), saved.GetProperty("status").GetString());

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var id = claim.GetProperty("id").GetInt32();
        var fields = await db.AuditEntries.Where(e => e.Entity == "Claim" && e.EntityId == id).Select(e => e.Field).ToListAsync();
        Assert.Equal(["Review", "Subject", "Value"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_stale_version_is_a_409_problem_and_changes_nothing()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-stale");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        using var first = await PatchAsync(client, id, $$"""{"version": {{version}}, "value": 111}""");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await PatchAsync(client, id, $$"""{"version": {{version}}, "value": 222}""");

        await ArticleApiTests.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(version + 1, problem.RootElement.GetProperty("currentVersion").GetInt32());
        using var now = JsonDocument.Parse(await client.GetStringAsync($"/api/claims/{id}"));
        Assert.Equal(111, now.RootElement.GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("""{"value": 5}""", "version")]
    [InlineData("""{"version": 0, "colour": "red"}""", "colour")]
    [InlineData("""{"version": 0, "metric": "vaporised"}""", "metric")]
    [InlineData("""{"version": 0, "value": "many"}""", "value")]
    [InlineData("""{"version": 0, "value": -3}""", "value")]
    [InlineData("""{"version": 0, "asOf": "last week"}""", "asOf")]
    [InlineData("""{"version": 0, "source": "No Such Agency"}""", "source")]
    [InlineData("""{"version": 0, "subject": "   "}""", "subject")]
    public async Task An_invalid_patch_is_a_400_naming_the_field(string json, string field)
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-invalid-" + field + json.Length);

        using var response = await PatchAsync(client, claim.GetProperty("id").GetInt32(), json);

        await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_source_is_set_by_name_and_cleared_with_null()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-source");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();

        using var tagged = await PatchAsync(client, id, $$"""{"version": {{version}}, "source": "NIS", "asOf": "2025-01-31"}""");
        using var taggedBody = JsonDocument.Parse(await tagged.Content.ReadAsStringAsync());
        using var cleared = await PatchAsync(client, id, $$"""{"version": {{version + 1}}, "source": null, "asOf": null}""");
        using var clearedBody = JsonDocument.Parse(await cleared.Content.ReadAsStringAsync());

        Assert.Equal("NIS", taggedBody.RootElement.GetProperty("source").GetString());
        Assert.Equal("editor", taggedBody.RootElement.GetProperty("attribution").GetString());
        Assert.Equal("2025-01-31", taggedBody.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, clearedBody.RootElement.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, clearedBody.RootElement.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public async Task A_correction_answers_with_the_claim_as_stored_source_included()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-answer");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        using var tagged = await PatchAsync(client, id, $$"""{"version": {{version}}, "source": "NIS"}""");
        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);

        // The answer to a correction that keeps the source is built from the save, not read back: it must be what a read gives.
        using var confirmed = await PatchAsync(client, id, $$"""{"version": {{version + 1}}, "review": "confirmed", "value": 9876.5, "subject": "  Border troops "}""");
        var answer = await confirmed.Content.ReadAsStringAsync();
        var stored = await client.GetStringAsync($"/api/claims/{id}");
        using var unchanged = await PatchAsync(client, id, $$"""{"version": {{version + 2}}, "review": "confirmed"}""");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(stored, answer);
        using var body = JsonDocument.Parse(answer);
        Assert.Equal(("NIS", "confirmed", version + 2, "Border troops"), (body.RootElement.GetProperty("source").GetString(),
            body.RootElement.GetProperty("review").GetString(), body.RootElement.GetProperty("version").GetInt32(), body.RootElement.GetProperty("subject").GetString()));
        Assert.Equal(stored, await unchanged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_review_alone_answers_with_the_claim_as_stored_audits_what_it_replaced_and_refuses_a_stale_version()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "review-alone");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        using (var tagged = await PatchAsync(client, id, $$"""{"version": {{version}}, "source": "NIS"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        }

        // On PostgreSQL the flip is saved and answered without reading the claim first: the answer must still be a read's.
        using var confirmed = await PatchAsync(client, id, $$"""{"version": {{version + 1}}, "review": "confirmed"}""");
        var answer = await confirmed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(await client.GetStringAsync($"/api/claims/{id}"), answer);
        using (var body = JsonDocument.Parse(answer))
        {
            Assert.Equal(("NIS", "confirmed", version + 2), (body.RootElement.GetProperty("source").GetString(),
                body.RootElement.GetProperty("review").GetString(), body.RootElement.GetProperty("version").GetInt32()));
        }

        using var stale = await PatchAsync(client, id, $$"""{"version": {{version + 1}}, "review": "unreviewed"}""");
        await ArticleApiTests.AssertProblemAsync(stale, HttpStatusCode.Conflict);

        // Rejecting and un-rejecting move figures: the general path, with the cells; the review alone still reaches it.
        using (var rejected = await PatchAsync(client, id, $$"""{"version": {{version + 2}}, "review": "rejected"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }
        using var restored = await PatchAsync(client, id, $$"""{"version": {{version + 3}}, "review": "confirmed"}""");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(await client.GetStringAsync($"/api/claims/{id}"), await restored.Content.ReadAsStringAsync());

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var reviews = await db.AuditEntries.Where(e => e.Entity == "Claim" && e.EntityId == id && e.Field == "Review")
            .OrderBy(e => e.Id).Select(e => new { e.OldValue, e.NewValue }).ToListAsync();
        Assert.Equal(new (string?, string?)[] { ("unreviewed", "confirmed"), ("confirmed", "rejected"), ("rejected", "confirmed") },
            reviews.Select(r => (r.OldValue, r.NewValue)));
    }

    [Fact]
    public async Task Patching_a_missing_claim_is_a_404_and_plain_text_a_415()
    {
        using var client = await EditorClient.CreateAsync(app);
        using var missing = await PatchAsync(client, 987654, """{"version": 0, "value": 1}""");
        using var text = new StringContent("""{"version": 0}""", Encoding.UTF8, "text/plain");
        using var wrongType = await client.PatchAsync("/api/claims/1", text);

        await ArticleApiTests.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        await ArticleApiTests.AssertProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Claims_filter_by_status_review_and_unattributed_source()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await NewClaimAsync(client, "patch-filter");
        var id = claim.GetProperty("id").GetInt32();
        using var patched = await PatchAsync(client, id, $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "review": "rejected", "status": "denied"}""");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var rejected = await client.GetFromJsonAsync<JsonElement>("/api/claims?review=rejected&status=denied");
        var unattributed = await client.GetFromJsonAsync<JsonElement>("/api/claims?source=none&pageSize=1000");

        Assert.Contains(rejected.EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);
        Assert.All(rejected.EnumerateArray(), c => Assert.Equal("rejected", c.GetProperty("review").GetString()));
        Assert.All(unattributed.EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("source").ValueKind));
        using var badReview = await client.GetAsync("/api/claims?review=maybe");
        await ArticleApiTests.AssertProblemAsync(badReview, HttpStatusCode.BadRequest);
    }

    internal static async Task<HttpResponseMessage> PatchAsync(HttpClient client, int id, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json");
        return await client.PatchAsync($"/api/claims/{id}", content);
    }

    /// <summary>Posts a fresh article and returns its first claim (as the API shows it).</summary>
    internal static async Task<JsonElement> NewClaimAsync(HttpClient client, string tag)
    {
        using var response = await client.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText(tag) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("claims")[0].Clone();
    }
}
