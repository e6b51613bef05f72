using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker bench store [--articles N] [--seeds DIR] [--keep DIR] [--connection CS] [--reuse]</c>: generates N varied articles
/// from the seeds, imports them with <c>claimtracker import</c> into a fresh SQLite store (or, with --connection, into the
/// empty store that connection string names, on the provider <c>Database__Provider</c> says, e.g. a PostgreSQL database), then times the store's main queries
/// (comparison pages, claims pages, CSV export) in this process, and prints one line per measure. With --reuse it times
/// the queries of a store a previous run kept (--keep DIR, or --connection) and imports nothing: on a shared machine
/// only interleaved pairs of runs compare the providers, and a 10,000-article import per run took minutes. Starts no web
/// server: HTTP figures are measured against the real app separately (docs/performance.md).
/// </summary>
internal static class StoreBenchCommand
{
    private const int Runs = 20;

    /// <summary>
    /// Untimed runs first, so each line times the store in the steady state a running app serves from, not a cold process:
    /// PostgreSQL plans a statement on each of its first 7 uses on a connection (Npgsql prepares it on the third use, and
    /// the server then makes 5 custom plans before it may settle on a generic one; pg_stat_statements counted 7 plans
    /// per 22 calls of most comparison statements), and .NET compiles a method's optimized code after its 30th call. With
    /// 2 warm-up runs, 5 of the 20 timed runs on PostgreSQL still planned, so its p95 (the second-slowest) was most likely a planning run.
    /// </summary>
    private const int WarmUpRuns = 10;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var count = 10_000;
        string? seedsDir = null, keep = null, given = null;
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_000_000:
                    count = n;
                    i++;
                    break;
                case "--seeds" when i + 1 < args.Length:
                    seedsDir = args[++i];
                    break;
                case "--keep" when i + 1 < args.Length:
                    keep = args[++i];
                    break;
                case "--connection" when i + 1 < args.Length:
                    given = args[++i];
                    break;
                case "--reuse":
                    reuse = true;
                    break;
                default:
                    error.WriteLine($"bench store: unexpected argument '{args[i]}'.");
                    error.WriteLine("usage: claimtracker bench store [--articles N (default 10000)] [--seeds DIR] [--keep DIR (articles and store are left there)] [--connection CS (an empty store; provider from Database__Provider)] [--reuse (time the queries of the store --keep or --connection names; no import)]");
                    return 2;
            }
        }
        if (reuse)
        {
            return await ReuseAsync(keep, given, output, error);
        }
        seedsDir ??= BenchCommand.FindSeeds();
        var seeds = seedsDir is null || !Directory.Exists(seedsDir) ? [] : Directory.GetFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (seeds.Count == 0)
        {
            error.WriteLine("bench store: no seed .txt articles found; run from the repository root or pass --seeds DIR.");
            return 1;
        }

        var root = keep ?? Directory.CreateTempSubdirectory("claimtracker-store-bench-").FullName;
        var articles = Path.Combine(root, "articles");
        var database = Path.Combine(root, "claimtracker.db");
        if (given is null && File.Exists(database))
        {
            error.WriteLine($"bench store: {database} exists; the bench needs a fresh store.");
            return 2;
        }
        try
        {
            var clock = Stopwatch.StartNew();
            var bytes = StoreBenchCorpus.Write(articles, seeds, count);
            output.WriteLine(Line("corpus", $"{count} articles, {bytes / 1e6:0.0} MB of text, written in {clock.Elapsed.TotalSeconds:0.0} s"));

            var connection = given ?? $"Data Source={database}";
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            var code = await ImportCommand.RunAsync([articles, "--connection", connection], TextWriter.Null, error);
            var seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            if (code != 0)
            {
                error.WriteLine($"bench store: the import failed (exit {code}).");
                return 1;
            }
            // CPU seconds say what the import costs whatever else the machine is doing; wall-clock seconds what it took.
            output.WriteLine(Line("import", $"{count / seconds:0} articles/s ({seconds:0.0} s, start-up included; {cpuSeconds:0.0} CPU s, {count / cpuSeconds:0} articles per CPU second)"));
            await MeasureQueriesAsync(connection, database, output);
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>The queries of a kept store, timed again without generating or importing anything.</summary>
    private static async Task<int> ReuseAsync(string? keep, string? given, TextWriter output, TextWriter error)
    {
        var database = keep is null ? "" : Path.Combine(keep, "claimtracker.db");
        if (given is null && !File.Exists(database))
        {
            error.WriteLine(keep is null
                ? "bench store: --reuse needs the store: --keep DIR (a kept SQLite store) or --connection CS."
                : $"bench store: --reuse found no store at {database}.");
            return 2;
        }
        await MeasureQueriesAsync(given ?? $"Data Source={database}", database, output);
        return 0;
    }

    private static async Task MeasureQueriesAsync(string connection, string database, TextWriter output)
    {
        // The environment as import reads it, so Database__Provider picks the same provider for the queries.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables()
            .AddInMemoryCollection([new("ConnectionStrings:ClaimTracker", connection)]).Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddClaimTrackerStore(Directory.GetCurrentDirectory())
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var claims = await db.Claims.CountAsync();
            var articles = await db.Articles.CountAsync();
            var size = db.Database.IsNpgsql()
                ? await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync()
                : new FileInfo(database).Length;
            output.WriteLine(Line("store", $"{articles} articles, {claims} claims, {size / 1e6:0.0} MB"));
        }

        var comparison = new ComparisonQuery(factory);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        async Task Comparison(string label, ComparisonFilter filter)
        {
            long size = 0;
            var times = await TimeAsync(async () => size = JsonSerializer.SerializeToUtf8Bytes(await comparison.RunAsync(filter), json).Length);
            output.WriteLine(Line(label, $"{Percentiles(times)}, {size / 1024.0:0} KB as JSON"));
        }
        await Comparison("comparison-first-page", new ComparisonFilter());
        await Comparison("comparison-metric-killed", new ComparisonFilter { Metric = Metric.Killed });
        await Comparison("comparison-subject-troops", new ComparisonFilter { Subject = "troops" });
        await Comparison("comparison-source-HUR", new ComparisonFilter { Sources = ["HUR"] });
        // Dates and review states select claims inside a cell, so these filters group the claims rather than read the stored cells.
        await Comparison("comparison-from-2025", new ComparisonFilter { From = new DateOnly(2025, 1, 1) });
        await Comparison("comparison-to-2024-06", new ComparisonFilter { To = new DateOnly(2024, 6, 30) });
        // Review states too: every imported claim is unreviewed, so this selects them all, grouped from the claims.
        await Comparison("comparison-review-unreviewed", new ComparisonFilter { Review = ReviewState.Unreviewed });
        // A cell's figures as /api/comparison/cell loads them: the first page's busiest row, its busiest named source.
        var firstPage = await comparison.RunAsync(new ComparisonFilter());
        var top = firstPage.Rows.Count > 0 ? firstPage.Rows[0] : null;
        if (top?.Cells.FirstOrDefault(c => c.Column.SourceId is not null) is { } cell)
        {
            var cellFilter = new ComparisonFilter { Sources = [cell.Column.Name] };
            long cellSize = 0;
            var cellTimes = await TimeAsync(async () => cellSize = JsonSerializer.SerializeToUtf8Bytes(
                await comparison.RowAsync(cellFilter, top.Subject, top.Metric, top.Status), json).Length);
            output.WriteLine(Line("comparison-cell", $"{Percentiles(cellTimes)}, {cellSize / 1024.0:0} KB as JSON ({cell.FigureCount} figures)"));
        }

        // As the app has it: totals are reused until a save. Counting itself is measured once, on its own.
        var list = new ClaimListQuery(factory, services.GetRequiredService<StoreChangeCounter>());
        var all = new ClaimListFilter();
        output.WriteLine(Line("claims-count", Percentiles(await TimeAsync(() => new ClaimListQuery(factory).PageAsync(all, 0, 1)))));
        output.WriteLine(Line("claims-page-1", Percentiles(await TimeAsync(() => list.PageAsync(all, 0, 100)))));
        output.WriteLine(Line("claims-page-500", Percentiles(await TimeAsync(() => list.PageAsync(all, 499 * 100, 100)))));
        var (deep, _) = await list.PageAsync(all, 499 * 100 - 1, 1);
        if (deep.Count == 1)
        {
            output.WriteLine(Line("claims-after-page-499", Percentiles(await TimeAsync(() => list.PageAsync(all, 0, 100, deep[0].Id)))));
        }

        var (exportSeconds, exportBytes, growth) = await ExportAsync(new ClaimExport(factory));
        output.WriteLine(Line("export-csv", $"{exportSeconds:0.00} s, {exportBytes / 1e6:0.0} MB, peak working set +{growth / 1e6:0} MB"));
    }

    /// <summary>The CSV export of every claim into a null stream, with the growth of the process's working set over the run.</summary>
    private static async Task<(double Seconds, long Bytes, long Growth)> ExportAsync(ClaimExport export)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = Environment.WorkingSet;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(5, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        await using var counter = new CountingStream();
        await using (var writer = new StreamWriter(counter, new System.Text.UTF8Encoding(true), 64 * 1024, leaveOpen: true))
        {
            await ClaimCsv.WriteAsync(export.RowsAsync(new ComparisonFilter(), new Uri("http://localhost/")), writer);
        }
        var bytes = counter.Length;
        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return (seconds, bytes, peak - baseline);
    }

    /// <summary>
    /// <see cref="WarmUpRuns"/> untimed runs, then <see cref="Runs"/> timed ones: wall-clock milliseconds of each, and the
    /// process's CPU time per run, which a machine shared with other work inflates much less than wall-clock time.
    /// </summary>
    private static async Task<(List<double> Times, double CpuPerRun)> TimeAsync<T>(Func<Task<T>> run)
    {
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await run();
        }
        var times = new List<double>(Runs);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        return (times, (process.TotalProcessorTime - cpu).TotalMilliseconds / Runs);
    }

    private static string Percentiles((List<double> Times, double CpuPerRun) measured)
    {
        var times = measured.Times;
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.5):0.0} ms, p95 {At(0.95):0.0} ms, cpu {measured.CpuPerRun:0.0} ms/run");
    }

    private static string Line(string label, string text) => label + ": " + text;

    private static string Line(string label, FormattableString text) => label + ": " + FormattableString.Invariant(text);
}
