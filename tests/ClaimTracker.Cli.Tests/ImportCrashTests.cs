using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Ingest;
using Xunit.Abstractions;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Kills <c>claimtracker import</c> mid-folder and checks the SQLite store it leaves: every article the CLI reported
/// saved is there with all its claims, no article is there without its claims, and each batch of
/// <see cref="FolderImport.BatchSize"/> articles is all there or not at all (a batch is one transaction).
/// </summary>
public sealed partial class ImportCrashTests(ITestOutputHelper output) : IDisposable
{
    // Ten batches: the kill lands while later batches are still to come even on a fast machine.
    private const int Files = 10 * FolderImport.BatchSize;
    private const int KillAfterSaved = 15;

    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-crash-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Litter under temp is not worth failing over.
        }
    }

    [Fact]
    public async Task A_killed_import_loses_no_reported_article_and_leaves_no_half_article()
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        for (var i = 0; i < Files; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(articles, $"{i:D4}.txt"), ArticleText(i));
        }
        var database = Path.Combine(folder, "claimtracker.db");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(CliAssembly());
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(articles);
        start.Environment["ConnectionStrings__ClaimTracker"] = $"Data Source={database};Pooling=False";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var reported = new List<(int ArticleId, int Claims)>();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var killed = false;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (SavedLine().Match(line) is { Success: true } saved)
                {
                    reported.Add((int.Parse(saved.Groups["id"].Value, CultureInfo.InvariantCulture), int.Parse(saved.Groups["claims"].Value, CultureInfo.InvariantCulture)));
                }
                if (reported.Count >= KillAfterSaved && !killed)
                {
                    // SIGKILL: no finally blocks, no disposal, an open transaction left in the WAL.
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
            }
        }
        await process.WaitForExitAsync();
        output.WriteLine($"killed after {reported.Count} reported saves; exit code {process.ExitCode}; stderr: {await errors}");

        Assert.True(killed, "The import finished before it could be killed; the test proved nothing.");
        Assert.True(reported.Count < Files, "The import finished before it was killed.");

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync<string>(connection, "PRAGMA integrity_check"));
        var stored = new Dictionary<int, long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.Id, (SELECT COUNT(*) FROM Claims c WHERE c.ArticleId = a.Id) FROM Articles a";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }
        output.WriteLine($"{stored.Count} articles stored, {reported.Count} reported");

        foreach (var (articleId, claims) in reported)
        {
            Assert.True(stored.TryGetValue(articleId, out var count), $"Article #{articleId} was reported saved but is not in the store.");
            Assert.Equal(claims, count);
        }
        // Every generated article has claims: one stored without them would be half an ingest.
        Assert.All(stored, article => Assert.True(article.Value > 0, $"Article #{article.Key} is stored without its claims."));
        // A batch commits before its lines are printed, so the kill can fall between the two: at most one batch
        // stored and not yet reported, and never part of a batch.
        Assert.InRange(stored.Count, reported.Count, reported.Count + FolderImport.BatchSize);
        Assert.Equal(0, stored.Count % FolderImport.BatchSize);
        Assert.True(stored.Count < Files, $"All {Files} articles were stored before the kill landed; the test proved nothing.");
        Assert.Equal(0L, await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM Claims WHERE ArticleId NOT IN (SELECT Id FROM Articles)"));
        // The comparison's stored cells commit with their batch's claims: they equal a fresh grouping of what was kept.
        const string Stored = """
            SELECT "Subject", "Metric", "Status", "SourceId", "ClaimCount", "FigureCount", "EchoCount", "Lowest", "Highest", "LatestDay", "HeadlineClaimId"
            FROM "ComparisonCells"
            """;
        var computed = $"SELECT * FROM ({ComparisonCells.ComputeSql(postgres: false)})";
        var cells = await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM ComparisonCells");
        Assert.True(cells > 0, "No comparison cells were stored.");
        Assert.Equal(cells, await ScalarAsync<long>(connection, $"SELECT COUNT(*) FROM ({computed})"));
        Assert.Equal(0L, await ScalarAsync<long>(connection, $"SELECT COUNT(*) FROM ({Stored} EXCEPT {computed})"));
        Assert.Equal(0L, await ScalarAsync<long>(connection, $"SELECT COUNT(*) FROM ({computed} EXCEPT {Stored})"));
    }

    // Counts are written with thousands separators: a bare four-digit count ("1951 troops") reads as a year and gives
    // no claim, so an article past number 950 would be stored without claims whenever the kill landed late.
    private static string ArticleText(int i) => $"""
        Frontline report number {i}

        The defence ministry said on Monday that {Count(1000 + i)} troops had arrived at the border crossing {i}.

        Officials said {Count(200 + i)} soldiers were wounded and {Count(50 + i)} were killed in the fighting near post {i}, according to the ministry.
        """;

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The CLI built beside these tests (the project reference copies it), else in its own bin folder.</summary>
    private static string CliAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "ClaimTracker.Cli.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "ClaimTracker.Cli", "bin");
            if (Directory.Exists(project))
            {
                var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
                return Path.Combine(project, configuration, "net10.0", "ClaimTracker.Cli.dll");
            }
        }
        throw new InvalidOperationException("ClaimTracker.Cli.dll not found; build src/ClaimTracker.Cli first.");
    }

    [GeneratedRegex(@": saved (?<claims>\d+) claims? \(article #(?<id>\d+)\)$")]
    private static partial Regex SavedLine();
}
