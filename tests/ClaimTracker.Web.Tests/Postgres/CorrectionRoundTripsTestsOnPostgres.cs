using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using ClaimTracker.Web.Tests.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// A script's correction (GET the claim, PATCH it with the version read) through the real app, in the commands Npgsql
/// sends: under 32 clients on two cores each command is another wait for a pool connection, the app's thread and a server
/// backend (docs/performance.md, branches pg35 and pg38). The request's commands are told from other tests' by the trace the request
/// carries in its <c>traceparent</c> header.
/// </summary>
public sealed class CorrectionRoundTripsTestsOnPostgres(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task A_correction_is_the_claim_then_the_save_and_its_answer_in_one_statement()
    {
        // An instance that keeps token owners for minutes: a loaded machine's pause between two requests must not make the
        // token's owner be read again (by default it is kept for two seconds).
        await using var keeping = app.WithWebHostBuilder(b => b.UseSetting(RecentTokenOwners.LifetimeSetting, "600"));
        using var client = keeping.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await EditorClient.TokenForAsync(app, AccountRoles.Editor));
        var claim = await ClaimPatchApiTests.NewClaimAsync(client, "round-trips");
        var id = claim.GetProperty("id").GetInt32();
        var version = claim.GetProperty("version").GetInt32();
        // The token's last use is written at most once a minute, and its owner kept: the first request above did both.
        var (read, readCommands) = await CountCommandsAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{id}"));
        var (saved, saveCommands) = await CountCommandsAsync(client, new HttpRequestMessage(HttpMethod.Patch, $"/api/claims/{id}")
        {
            Content = new StringContent($$"""{"version": {{version}}, "review": "confirmed"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        });

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.OK, saved);
        // The claim: the token's owner was kept from the request before.
        Assert.Single(readCommands);
        // One statement: the UPDATE with its version check feeding its audit entry's INSERT, and the claim as saved with its
        // source's name for the answer, with no transaction around it (EF's save was a batch in a transaction, its COMMIT a
        // round trip more; the claim read before the save was another). Not the token, the account, nor a read back.
        var save = Assert.Single(saveCommands);
        Assert.StartsWith("WITH saved AS (", save.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"AuditEntries\"", save, StringComparison.Ordinal);
        Assert.Contains("LEFT JOIN \"Sources\"", save, StringComparison.Ordinal);
    }

    /// <summary>The request's status and the text of each command Npgsql sent for it.</summary>
    private static async Task<(HttpStatusCode Status, IReadOnlyList<string> Commands)> CountCommandsAsync(HttpClient client, HttpRequestMessage request)
    {
        using var _ = request;
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var commands = new System.Collections.Concurrent.ConcurrentQueue<(DateTime Start, string Text)>();
        using var listener = new ActivityListener
        {
            // The app's request activity takes the trace from the header; Npgsql's commands run under it.
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // A physical open ("CONNECT db") is traced too: the pool opens one whenever a loaded machine has let its idle
                // connections go, which is not a round trip the request's code chose (CI once counted 4 for 2 this way).
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace
                    && !activity.OperationName.StartsWith("CONNECT", StringComparison.Ordinal))
                {
                    commands.Enqueue((activity.StartTimeUtc, (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? ""));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, [.. commands.OrderBy(c => c.Start).Select(c => c.Text)]);
    }
}
