using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Features.Articles;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// Body limits over a real socket: a client that streams a body sends it chunked, without Content-Length, so a limit
/// checked only against that header lets it through. The in-memory test server would not show the difference.
/// </summary>
public sealed class ChunkedBodyTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    [Fact]
    public async Task A_chunked_patch_past_256_KB_is_a_413_though_it_sends_no_content_length()
    {
        var (client, id, response) = await PatchReviewChunkedAsync("chunked-patch", paddingKb: 300);
        using (client)
        using (response)
        {
            await ArticleApiTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
            Assert.Equal("unreviewed", (await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}")).GetProperty("review").GetString());
        }
    }

    [Fact]
    public async Task A_chunked_patch_under_the_limit_is_read_and_applied()
    {
        var (client, _, response) = await PatchReviewChunkedAsync("chunked-patch-ok", paddingKb: 200);
        using (client)
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("confirmed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("review").GetString());
        }
    }

    /// <summary>Confirms a fresh claim with a patch padded by whitespace (valid JSON, applied if read whole), sent chunked.</summary>
    private async Task<(HttpClient Client, int ClaimId, HttpResponseMessage Response)> PatchReviewChunkedAsync(string tag, int paddingKb)
    {
        var client = await app.SocketClientAsync(AccountRoles.Editor);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, tag);
        var id = claim.GetProperty("id").GetInt32();
        var json = $$"""{"version": {{claim.GetProperty("version").GetInt32()}}, "review": "confirmed"{{new string(' ', paddingKb * 1024)}}}""";
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        Assert.Null(content.Headers.ContentLength);
        return (client, id, await client.PatchAsync($"/api/claims/{id}", content));
    }

    /// <summary>A body of unknown length, as a client streaming it sends it (chunked, no Content-Length).</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
