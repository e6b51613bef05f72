using System.Diagnostics;
using System.Net;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// A script's correction (GET the claim, PATCH it with the version read) through the real app, in the commands Npgsql
/// sends: under 32 clients on two cores each command is another wait for a pool connection, the app's thread and a server
/// backend (docs/performance.md, branch pg35). The request's commands are told from other tests' by the trace the request
/// carries in its <c>traceparent</c> header.
/// </summary>
public sealed class CorrectionRoundTripsTestsOnPostgres(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task A_correction_is_the_token_and_the_claim_then_the_token_the_claim_and_the_save()
    {
        using var client = await EditorClient.CreateAsync(app);
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "round-trips");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        // The token's last use is written at most once a minute: the first request above wrote it.
        var (read, readCommands) = await CountCommandsAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{id}"));
        var (saved, saveCommands) = await CountCommandsAsync(client, new HttpRequestMessage(HttpMethod.Patch, $"/api/claims/{id}")
        {
            Content = new StringContent($$"""{"version": {{version}}, "review": "confirmed"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        });

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.OK, saved);
        // The token with its owner's account; the claim.
        Assert.Equal(2, readCommands);
        // The token with its owner's account (which the write check uses); the claim with its source's name; the UPDATE
        // with its audit entry. Not the account again, nor the source, nor the claim read back.
        Assert.Equal(3, saveCommands);
    }

    private static async Task<(HttpStatusCode Status, int Commands)> CountCommandsAsync(HttpClient client, HttpRequestMessage request)
    {
        using var _ = request;
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var commands = 0;
        using var listener = new ActivityListener
        {
            // The app's request activity takes the trace from the header; Npgsql's commands run under it.
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity =>
            {
                // A physical open ("CONNECT db") is traced too: the pool opens one whenever a loaded machine has let its idle
                // connections go, which is not a round trip the request's code chose (CI once counted 4 for 2 this way).
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace
                    && !activity.OperationName.StartsWith("CONNECT", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref commands);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, Volatile.Read(ref commands));
    }
}
