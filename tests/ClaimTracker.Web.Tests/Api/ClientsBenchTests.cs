using System.Text.RegularExpressions;
using ClaimTracker.Store.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Api;

/// <summary>
/// `claimtracker bench clients` from the CLI's build output, as a reader reruns it, against the real app on a loopback
/// port (seeded store, an editor's API token): a short mixed run reports every operation without an error, and an
/// editors-only run's writes are in the store.
/// </summary>
public sealed class ClientsBenchTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    [Fact]
    public async Task A_short_mixed_run_reports_every_operation_of_the_mix_without_errors()
    {
        var (code, output, error) = await BenchAsync("mixed", "--clients", "4", "--seconds", "3", "--warmup", "0", "--seed", "11");

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.Matches(@"(?m)^bench clients: http://127\.0\.0\.1:\d+/, 4 clients, mixed mix, 3 s measured after 0 s of warm-up, seed 11; [1-9]\d* claims, [1-9]\d* cells sampled", output);
        var requests = Requests(output, ["comparison", "claims-keyset", "claims-page", "cell", "correct", "ingest"]);
        Assert.True(requests["total"] > 0, output);
    }

    [Fact]
    public async Task A_writes_run_corrects_claims_and_stores_every_article_it_counts()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        async Task<(int Articles, int Versions)> WrittenAsync()
        {
            await using var db = await factory.CreateDbContextAsync();
            return (await db.Articles.CountAsync(a => a.Outlet == "Bench Wire"), await db.Claims.SumAsync(c => c.Version));
        }
        var before = await WrittenAsync();

        var (code, output, error) = await BenchAsync("writes", "--clients", "2", "--seconds", "2", "--warmup", "0");

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        var requests = Requests(output, ["correct", "ingest"]);
        var after = await WrittenAsync();
        // Each client finishes the request it is in when the window closes: the store holds at least what was counted,
        // and at least the two clients' first requests (an article, or a claim saved with a new version), counted or not.
        Assert.True(after.Articles - before.Articles >= requests["ingest"], output);
        Assert.True(after.Articles + after.Versions > before.Articles + before.Versions, output);
    }

    private async Task<(int Code, string Output, string Error)> BenchAsync(string mix, params string[] args)
    {
        var token = await EditorClient.TokenForAsync(app, AccountRoles.Editor);
        var folder = Directory.CreateTempSubdirectory("claimtracker-bench-clients-").FullName;
        try
        {
            return await AppProcess.RunCliAsync(folder, [("DOTNET_NOLOGO", "1")],
                ["bench", "clients", "--url", app.RootUri.AbsoluteUri, "--mix", mix, "--token", token, .. args]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each operation's line (and the total's), error-free, with its request count; the total is their sum.</summary>
    private static Dictionary<string, int> Requests(string output, string[] operations)
    {
        var requests = new Dictionary<string, int>();
        foreach (var operation in operations.Append("total"))
        {
            var line = Regex.Match(output, $@"(?m)^{operation}: (\d+) requests, \d+\.\d req/s, p50 \d+\.\d ms, p95 \d+\.\d ms, p99 \d+\.\d ms, 0 errors");
            Assert.True(line.Success, $"no error-free line for {operation}:\n{output}");
            requests[operation] = int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(operations.Sum(o => requests[o]), requests["total"]);
        return requests;
    }
}
