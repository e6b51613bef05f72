using System.Net;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Claims;

/// <summary>
/// GET /api/claims/{id} answers with an ETag; If-None-Match makes the read conditional (304) and If-Match the
/// correction (412 when the claim changed since), so a plain HTTP client can edit safely without the body's version.
/// </summary>
public class ClaimEntityTagApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task A_read_carries_an_ETag_and_If_None_Match_with_it_is_a_304_without_a_body()
    {
        using var client = await EditorClient.CreateAsync(app);
        var id = (await ClaimPatchApiTests.NewClaimAsync(client, "etag-read")).GetProperty("id").GetInt32();
        using var first = await client.GetAsync($"/api/claims/{id}");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);

        using var unchanged = await GetAsync(client, id, "If-None-Match", tag.Tag);
        using var weakForm = await GetAsync(client, id, "If-None-Match", "W/" + tag.Tag);
        using var anyOfTwo = await GetAsync(client, id, "If-None-Match", "\"0-0000000000000000\", " + tag.Tag);
        using var other = await GetAsync(client, id, "If-None-Match", "\"0-0000000000000000\"");

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, weakForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, anyOfTwo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(id, (await BodyAsync(other)).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_correction_changes_the_ETag_and_answers_with_the_one_a_read_then_gives()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "etag-after-edit");
        var id = claim.GetProperty("id").GetInt32();
        using var before = await client.GetAsync($"/api/claims/{id}");

        using var saved = await ClaimPatchApiTests.PatchAsync(client, id,
            $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "source": "NIS"}""");
        using var after = await client.GetAsync($"/api/claims/{id}");
        using var stale = await GetAsync(client, id, "If-None-Match", before.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(before.Headers.ETag, saved.Headers.ETag);
        Assert.Equal(after.Headers.ETag, saved.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(after.Headers.ETag, stale.Headers.ETag);
    }

    [Fact]
    public async Task If_Match_with_the_current_ETag_saves_without_a_version_in_the_body()
    {
        using var client = await EditorClient.CreateAsync(app);
        var id = (await ClaimPatchApiTests.NewClaimAsync(client, "etag-if-match")).GetProperty("id").GetInt32();
        using var read = await client.GetAsync($"/api/claims/{id}");
        var version = (await BodyAsync(read)).GetProperty("version").GetInt32();

        using var saved = await PatchAsync(client, id, read.Headers.ETag!.Tag, """{"value": 4321}""");
        using var starred = await PatchAsync(client, id, "*", $$"""{"version": {{version + 1}}, "value": 4322}""");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await BodyAsync(saved);
        Assert.Equal(4321, body.GetProperty("value").GetDouble());
        Assert.Equal(version + 1, body.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, starred.StatusCode);
    }

    [Theory]
    [InlineData("stale")]
    [InlineData("weak")]
    [InlineData("garbled")]
    public async Task If_Match_that_does_not_name_the_current_ETag_is_a_412_and_changes_nothing(string kind)
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "etag-refused-" + kind);
        var id = claim.GetProperty("id").GetInt32();
        using var read = await client.GetAsync($"/api/claims/{id}");
        var readTag = read.Headers.ETag!.Tag;
        if (kind == "stale")
        {
            using var first = await PatchAsync(client, id, readTag, """{"value": 111}""");
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        using var current = await client.GetAsync($"/api/claims/{id}");
        var header = kind switch { "stale" => readTag, "weak" => "W/" + readTag, _ => "not-a-quoted-tag" };

        using var refused = await PatchAsync(client, id, header, """{"value": 999}""");

        await ArticleApiTests.AssertProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.Equal((await BodyAsync(current)).GetProperty("version").GetInt32(), (await BodyAsync(refused)).GetProperty("currentVersion").GetInt32());
        Assert.Equal(current.Headers.ETag, refused.Headers.ETag);
        using var now = await client.GetAsync($"/api/claims/{id}");
        Assert.Equal(current.Headers.ETag, now.Headers.ETag);
        Assert.NotEqual(999, (await BodyAsync(now)).GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task If_Match_on_a_missing_claim_is_a_404_and_a_body_without_version_or_If_Match_a_400()
    {
        using var client = await EditorClient.CreateAsync(app);
        var id = (await ClaimPatchApiTests.NewClaimAsync(client, "etag-missing")).GetProperty("id").GetInt32();

        using var missing = await PatchAsync(client, int.MaxValue, "*", """{"value": 5}""");
        using var unversioned = await ClaimPatchApiTests.PatchAsync(client, id, """{"value": 5}""");

        await ArticleApiTests.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        await ArticleApiTests.AssertProblemAsync(unversioned, HttpStatusCode.BadRequest);
        Assert.Contains("If-Match", await unversioned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, int id, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{id}");
        request.Headers.TryAddWithoutValidation(header, value);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, int id, string ifMatch, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/claims/{id}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}
