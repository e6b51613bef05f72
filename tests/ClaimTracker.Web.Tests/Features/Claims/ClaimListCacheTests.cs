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
    [Fact]
    public async Task A_cached_claims_page_is_read_afresh_after_a_correction()
    {
        using var editor = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(editor, "list-cache");
        var id = claim.GetProperty("id").GetInt32();
        var url = $"/api/claims?articleId={claim.GetProperty("articleId").GetInt32()}";
        using var anonymous = app.CreateClient();

        using var first = await anonymous.GetAsync(url);
        using var again = await anonymous.GetAsync(url);
        using var patched = await ClaimPatchApiTests.PatchAsync(editor, id, $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "value": 4242}""");
        using var after = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.GetValues("X-Total-Count"), again.Headers.GetValues("X-Total-Count"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.Equal(4242, ValueOf(await after.Content.ReadAsStringAsync(), id));
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

    private static double ValueOf(string page, int id)
    {
        using var body = JsonDocument.Parse(page);
        return body.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id).GetProperty("value").GetDouble();
    }
}
