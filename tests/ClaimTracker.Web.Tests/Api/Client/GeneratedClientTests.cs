using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api.Client;

/// <summary>
/// A script's round trip through the C# client NSwag generates from docs/openapi/v1.json at build time, against the
/// real app on a loopback port, signed in with an editor's API token.
/// </summary>
public sealed class GeneratedClientTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    [Fact]
    public async Task A_token_holder_ingests_an_article_reads_its_claims_and_corrects_one_through_the_generated_client()
    {
        using var http = await app.SocketClientAsync(AccountRoles.Editor);
        var client = new ClaimTrackerApiClient(http);

        var me = await client.GetCurrentUserAsync();
        Assert.Equal("token", me.SignedInWith);
        Assert.True(me.CanWrite);

        var tag = Guid.NewGuid().ToString("N")[..8];
        var article = await client.CreateArticleAsync(
            new ArticleSubmission { Title = $"Border report {tag}", Outlet = "Client Times", Text = EditorClient.ArticleText(tag) },
            // NSwag lists the multipart form's fields too (file, title, outlet, ...); a JSON body leaves them unset.
            null, null, null, null, null, null, null, null);
        Assert.Equal($"Border report {tag}", article.Title);

        var claims = await client.ListClaimsAsync(null, "deployed", null, null, null, article.Id, null, null, null);
        var claim = Assert.Single(claims, c => c.Value == 10_000);
        Assert.Equal(Metric.Deployed, claim.Metric);
        Assert.Equal(ReviewState.Unreviewed, claim.Review);

        var corrected = await client.CorrectClaimAsync(claim.Id, null, new ClaimCorrectionRequest { Version = claim.Version, Value = 12_000, Review = ReviewState.Confirmed });
        Assert.Equal(12_000, corrected.Value);
        Assert.Equal(ReviewState.Confirmed, corrected.Review);
        Assert.Equal(claim.Subject, corrected.Subject);
        Assert.True(corrected.Version > claim.Version);

        // The fields the patch left out kept their values, and the store has the correction.
        var reread = await client.GetClaimAsync(claim.Id, null);
        Assert.Equal(12_000, reread.Value);
        Assert.Equal(claim.Quote, reread.Quote);

        // A stale version: the generated exception carries the 409 body the document describes.
        var conflict = await Assert.ThrowsAsync<ClaimTrackerApiException<EditConflictProblem>>(() =>
            client.CorrectClaimAsync(claim.Id, null, new ClaimCorrectionRequest { Version = claim.Version, Value = 9_000 }));
        Assert.Equal(409, conflict.StatusCode);
        Assert.Equal(corrected.Version, conflict.Result.CurrentVersion);
        Assert.Equal(claim.Version, conflict.Result.YourVersion);

        // An If-Match that no longer names the claim's ETag: the 412 the document describes, and nothing saved.
        var precondition = await Assert.ThrowsAsync<ClaimTrackerApiException<ProblemDetails>>(() =>
            client.CorrectClaimAsync(claim.Id, "\"0-0000000000000000\"", new ClaimCorrectionRequest { Value = 9_000 }));
        Assert.Equal(412, precondition.StatusCode);
        Assert.Equal(12_000, (await client.GetClaimAsync(claim.Id, null)).Value);
    }
}
