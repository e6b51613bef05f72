using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker bench clients --url URL [--clients N] [--seconds S] [--warmup S] [--mix read|mixed|writes] [--token T] [--seed N] [--seeds DIR]</c>:
/// N concurrent clients drive a running app with a newsroom's mix (<see cref="NewsroomMix"/>) for S seconds after a
/// warm-up, and one line per operation gives requests per second, p50/p95/p99 and errors. Read-only by default;
/// <c>--mix mixed</c> adds editors' corrections and new articles (<c>--mix writes</c>: those alone), and needs an editor's API token
/// (<c>claimtracker tokens create USER</c>); its new articles are made from the seed articles as <c>bench store</c>'s
/// corpus is (<c>--seeds DIR</c>, else the repository's <c>seeds</c> folder). Exit 0 when every request succeeded (edit conflicts are answers, not
/// errors), 1 when any failed or the app could not be read, 2 for bad arguments.
/// </summary>
internal static class ClientsBenchCommand
{
    private const string UsageText =
        "usage: claimtracker bench clients --url http://HOST:PORT [--clients N (default 32)] [--seconds S (default 15)] [--warmup S (default 5)] "
        + "[--mix read|mixed|writes (default read)] [--token T (an editor's API token; needed to write)] [--seed N] [--seeds DIR (the articles to vary for new ones; default: the repository's seeds)]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        Uri? url = null;
        int clients = 32, seconds = 15, warmup = 5, seed = Environment.TickCount;
        string? token = null, mix = "read", seedsDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var problem = args[i] switch
            {
                "--url" => Uri.TryCreate(value, UriKind.Absolute, out url) && url.Scheme is "http" or "https" && url.Query.Length == 0
                    ? null : "--url needs the app's absolute http(s) address, e.g. http://127.0.0.1:5000",
                "--clients" => Number(value, 1, 1024, out clients) ? null : "--clients needs a whole number from 1 to 1024",
                "--seconds" => Number(value, 1, 3600, out seconds) ? null : "--seconds needs a whole number of seconds from 1 to 3600",
                "--warmup" => Number(value, 0, 600, out warmup) ? null : "--warmup needs a whole number of seconds from 0 to 600",
                "--seed" => Number(value, 0, int.MaxValue, out seed) ? null : "--seed needs a whole number",
                "--mix" => NewsroomMix.Mixes.Contains(mix = value ?? "") ? null : "--mix is read, mixed or writes",
                "--token" => string.IsNullOrWhiteSpace(token = value) ? "--token needs an API token (claimtracker tokens create USER)" : null,
                "--seeds" => string.IsNullOrWhiteSpace(seedsDir = value) ? "--seeds needs a folder of seed .txt articles" : null,
                _ => $"unexpected argument '{args[i]}'",
            };
            if (problem is not null)
            {
                error.WriteLine($"bench clients: {problem}.");
                error.WriteLine(UsageText);
                return 2;
            }
            i++;
        }
        if (url is null)
        {
            error.WriteLine("bench clients: --url is required: the address of a running ClaimTracker app.");
            error.WriteLine(UsageText);
            return 2;
        }
        if (mix != "read" && token is null)
        {
            error.WriteLine($"bench clients: --mix {mix} needs --token, an editor's API token (claimtracker tokens create USER): its editors write through the API.");
            return 2;
        }
        StoreBenchCorpus.Generator? articles = null;
        if (mix != "read")
        {
            seedsDir ??= BenchCommand.FindSeeds();
            var seeds = seedsDir is null || !Directory.Exists(seedsDir) ? [] : Directory.GetFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            if (seeds.Count == 0)
            {
                error.WriteLine("bench clients: no seed .txt articles found to make new articles from; run from the repository root or pass --seeds DIR.");
                return 2;
            }
            articles = new StoreBenchCorpus.Generator(seeds);
        }

        // One connection per client, kept open, as each analyst's browser or script keeps its own.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), Timeout = TimeSpan.FromSeconds(60) };
        NewsroomMix? sample;
        try
        {
            sample = await NewsroomMix.SampleAsync(client, new Random(seed), articles, error, CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error.WriteLine($"bench clients: could not read {client.BaseAddress}: {e.Message}");
            return 1;
        }
        if (sample is null)
        {
            return 1;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench clients: {client.BaseAddress}, {clients} clients, {mix} mix, {seconds} s measured after {warmup} s of warm-up, seed {seed}; {sample.ClaimTotal} claims, {sample.CellCount} cells sampled"));

        var clock = Stopwatch.StartNew();
        var start = TimeSpan.FromSeconds(warmup);
        var stop = start + TimeSpan.FromSeconds(seconds);
        var tallies = await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(() => ClientAsync(sample, client, token, mix, new Random(seed + n + 1), clock, start, stop))));

        var total = new OperationTally();
        foreach (var operation in NewsroomMix.Operations(mix))
        {
            var merged = new OperationTally();
            foreach (var tally in tallies)
            {
                merged.Add(tally[operation]);
            }
            total.Add(merged);
            output.WriteLine($"{operation}: {merged.Describe(seconds)}");
        }
        output.WriteLine($"total: {total.Describe(seconds)}");
        if (total.ErrorCount > 0)
        {
            error.WriteLine($"bench clients: {total.ErrorCount} requests failed (see the lines above); the app's log says why.");
            return 1;
        }
        return 0;
    }

    /// <summary>One client: a request after another until the window closes; only requests that end inside it count.</summary>
    private static async Task<Dictionary<string, OperationTally>> ClientAsync(
        NewsroomMix sample, HttpClient client, string? token, string mix, Random random, Stopwatch clock, TimeSpan start, TimeSpan stop)
    {
        var tallies = NewsroomMix.Operations(mix).ToDictionary(o => o, _ => new OperationTally(), StringComparer.Ordinal);
        while (clock.Elapsed < stop)
        {
            var operation = NewsroomMix.Pick(random, mix);
            var began = clock.Elapsed;
            string? failure = null;
            HttpStatusCode status = 0;
            try
            {
                status = await sample.SendAsync(operation, client, token, random, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException or KeyNotFoundException)
            {
                failure = e.GetType().Name;
            }
            var ended = clock.Elapsed;
            if (began < start || ended > stop)
            {
                continue;
            }
            var tally = tallies[operation];
            tally.Milliseconds.Add((ended - began).TotalMilliseconds);
            if (failure is not null)
            {
                tally.Fail(failure);
            }
            else if (status == HttpStatusCode.Conflict && operation == "correct")
            {
                tally.Conflicts++;
            }
            else if ((int)status is < 200 or > 299)
            {
                tally.Fail(((int)status).ToString(CultureInfo.InvariantCulture));
            }
        }
        return tallies;
    }

    private static bool Number(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
