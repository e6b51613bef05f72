using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker import DIR [--connection CS] [--verbose]</c>: ingests every .txt/.html/.htm of DIR (with its manifest.json
/// metadata) into the configured store through the same IngestService as the app. Exit 1 if any file was refused.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        string? folder = null, connection = null;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--connection" && i + 1 < args.Length)
            {
                connection = args[++i];
            }
            else if (args[i] == "--verbose")
            {
                verbose = true;
            }
            else if (folder is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                folder = args[i];
            }
            else
            {
                error.WriteLine($"import: unexpected argument '{args[i]}'.");
                return Usage(error);
            }
        }
        if (folder is null)
        {
            return Usage(error);
        }
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"import: no folder '{folder}'.");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(connection is null ? [] : [new("ConnectionStrings:ClaimTracker", connection)])
            .Build();
        // A path the user gives is relative to where they are; the default store is the app's own.
        var storeRoot = string.IsNullOrWhiteSpace(configuration.GetConnectionString("ClaimTracker"))
            ? WebAppFolder(Directory.GetCurrentDirectory())
            : Directory.GetCurrentDirectory();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddClaimTrackerStore(storeRoot)
            .AddClaimTrackerIngest()
            .AddClaimTrackerSeeding()
            .BuildServiceProvider();

        // Reading and extraction need no store: the first batches are read and extracted on every core while the store
        // is migrated and the source registry loaded (about 3 CPU s, mostly on one thread), not after.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var storeReady = Task.Run(async () =>
        {
            // The same turn-taking as the app's start, so an import beside a starting app does not race its migration.
            await using (await StoreStartLock.AcquireAsync(services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>()))
            {
                await services.MigrateClaimTrackerStoreAsync();
                await services.GetRequiredService<SourceRegistryImport>().ImportAsync();
            }
            // From the process's start: the runtime, the host, migrations and the source registry (the CPU includes the
            // reading and extraction of the first batches, which ran meanwhile).
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            return FormattableString.Invariant($"start-up: {(DateTime.Now - self.StartTime).TotalSeconds:0.00} s, {self.TotalProcessorTime.TotalSeconds:0.00} CPU s");
        });
        var started = false;
        void StoreStarted()
        {
            output.WriteLine($"Store: {StoreLocation.Describe(configuration, storeRoot)}");
            if (verbose)
            {
                error.WriteLine(storeReady.Result);
            }
            started = true;
        }

        int saved = 0, duplicates = 0, refused = 0;
        var total = FolderImport.ArticleFiles(folder).Count;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await foreach (var file in services.GetRequiredService<FolderImport>().ImportAsync(folder, "cli", storeReady))
            {
                if (!started)
                {
                    StoreStarted();
                }
                var done = saved + duplicates + refused + 1;
                if (total > FolderImport.BatchSize && (done % FolderImport.BatchSize == 0 || done == total))
                {
                    // Long imports say how far they are, on stderr so the per-file lines on stdout stay a clean record.
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    error.WriteLine(FormattableString.Invariant($"progress: {done}/{total} articles, {rate:0} articles/s, ETA {(total - done) / rate:0} s"));
                }
                var result = file.Result;
                switch (result.Outcome)
                {
                    case IngestOutcome.Saved:
                        saved++;
                        // A warning (claims cut at the limit, or none extracted) goes on the file's own line, where it is read.
                        output.WriteLine($"{file.FileName}: saved {result.ClaimCount} claim{(result.ClaimCount == 1 ? "" : "s")} (article #{result.ArticleId}){(result.Warning is { } warning ? $"; {warning}" : "")}");
                        break;
                    case IngestOutcome.Duplicate:
                        duplicates++;
                        output.WriteLine($"{file.FileName}: duplicate of #{result.ExistingArticleId}");
                        break;
                    default:
                        refused++;
                        output.WriteLine($"{file.FileName}: refused: {result.Message}");
                        break;
                }
            }
            // A folder without articles still gets its store migrated, and says which.
            await storeReady;
        }
        catch (InvalidOperationException e) when (storeReady.IsFaulted)
        {
            error.WriteLine($"import: {e.Message}");
            return 2;
        }
        if (!started)
        {
            StoreStarted();
        }
        output.WriteLine($"{saved + duplicates + refused} files: {saved} saved, {duplicates} duplicates, {refused} refused");
        if (verbose)
        {
            process.Refresh();
            error.WriteLine(FormattableString.Invariant($"import: {clock.Elapsed.TotalSeconds:0.00} s, {process.TotalProcessorTime.TotalSeconds:0.00} CPU s since the process started"));
            error.WriteLine(services.GetRequiredService<IngestService>().Phases);
        }
        return refused > 0 ? 1 : 0;
    }

    /// <summary>Inside a checkout, the web app's folder (so the default store is src/ClaimTracker.Web/data/claimtracker.db); elsewhere the current folder.</summary>
    internal static string WebAppFolder(string currentFolder)
    {
        for (var folder = new DirectoryInfo(currentFolder); folder is not null; folder = folder.Parent)
        {
            var web = Path.Combine(folder.FullName, "src", "ClaimTracker.Web");
            if (File.Exists(Path.Combine(web, "ClaimTracker.Web.csproj")))
            {
                return web;
            }
        }
        return currentFolder;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: claimtracker import DIR [--connection \"Data Source=path/to/claimtracker.db\"] [--verbose (start-up and phase timings on stderr)]");
        error.WriteLine("       (or set ConnectionStrings__ClaimTracker; default: the app's store, src/ClaimTracker.Web/data/claimtracker.db)");
        return 2;
    }
}
