using System.Net;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Claims;

/// <summary>
/// Anonymous /api/claims pages are answered from the output cache (an <c>Age</c> header says so) until the app saves
/// anything; the next read after a correction shows it. Signed-in readers are never served a cached page.
/// </summary>
public class ClaimListCacheTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    /// <summary>A review flip too: on PostgreSQL it is saved by a statement of its own, not EF's save (<see cref="ReviewStatement"/>).</summary>
    [Theory]
    [InlineData("value", "4242")]
    [InlineData("review", "\"confirmed\"")]
    public async Task A_cached_claims_page_is_read_afresh_after_a_correction(string field, string json)
    {
        using var editor = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(editor, "list-cache-" + field);
        var id = claim.GetProperty("id").GetInt32();
        var url = $"/api/claims?articleId={claim.GetProperty("articleId").GetInt32()}";
        using var anonymous = app.CreateClient();

        using var first = await anonymous.GetAsync(url);
        using var again = await anonymous.GetAsync(url);
        using var patched = await ClaimPatchApiTests.PatchAsync(editor, id, $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "{{field}}": {{json}}}""");
        using var after = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.GetValues("X-Total-Count"), again.Headers.GetValues("X-Total-Count"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(json, FieldOf(await first.Content.ReadAsStringAsync(), id, field));
        Assert.Equal(json, FieldOf(await after.Content.ReadAsStringAsync(), id, field));
    }

    [Fact]
    public async Task A_signed_in_reader_is_never_served_a_cached_page()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(editor, "list-cache-signed-in");
        var url = $"/api/claims?articleId={claim.GetProperty("articleId").GetInt32()}";

        using var first = await editor.GetAsync(url);
        using var again = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(again.Headers.Age);
    }

    private static string FieldOf(string page, int id, string field)
    {
        using var body = JsonDocument.Parse(page);
        return body.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id).GetProperty(field).GetRawText();
    }
}
