using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests;

/// <summary>Runs the real <c>claimtracker import</c> process against a SQLite file in a temp folder.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-import-").FullName;

    private string Articles => Path.Combine(folder, "articles");
    private string DatabasePath => Path.Combine(folder, "store", "claimtracker.db");
    private string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Import_saves_each_article_once_reports_each_file_and_fails_on_refusals()
    {
        CopySeeds();
        await File.WriteAllTextAsync(Path.Combine(Articles, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(Articles, "notes.md"), "not an article type; ignored");

        var first = await RunAsync(["import", Articles], ("ConnectionStrings__ClaimTracker", ConnectionString));

        Assert.Equal(1, first.Code);
        // A fresh store's migrations (SQLite table rebuilds included) are not the user's concern; the refusal is.
        Assert.DoesNotContain("Migrations", first.Error, StringComparison.Ordinal);
        Assert.Contains("empty.txt", first.Error, StringComparison.Ordinal);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, lines.Count(l => l.Contains(": saved ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("empty.txt: refused: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("notes.md", StringComparison.Ordinal));
        Assert.Contains("6 files: 5 saved, 0 duplicates, 1 refused", lines);
        Assert.Equal(5L, await ScalarAsync("SELECT COUNT(*) FROM Articles"));
        Assert.Equal("Pravda.Ru", await ScalarAsync("SELECT Outlet FROM Articles WHERE PublishedAt = '2025-11-01'"));

        File.Delete(Path.Combine(Articles, "empty.txt"));
        var second = await RunAsync(["import", Articles, "--connection", ConnectionString]);

        Assert.Equal(0, second.Code);
        Assert.Equal(5, second.Output.Split('\n').Count(l => l.Contains(": duplicate of #", StringComparison.Ordinal)));
        Assert.Equal(5L, await ScalarAsync("SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task A_saved_articles_warning_is_printed_on_its_line()
    {
        Directory.CreateDirectory(Articles);
        // More figures than an article keeps: the article is saved with its first 1,000 claims, and the line says so.
        var figures = string.Join(" ", Enumerable.Range(1, 1_050).Select(i => $"A strike on village {i} killed {i + 10} civilians."));
        await File.WriteAllTextAsync(Path.Combine(Articles, "many.txt"), $"Strikes across the region\n\n{figures}\n");

        var result = await RunAsync(["import", Articles, "--connection", ConnectionString]);

        Assert.Equal(0, result.Code);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.TrimEntries), l => l.StartsWith("many.txt: ", StringComparison.Ordinal));
        Assert.Equal("many.txt: saved 1000 claims (article #1); The article has more than 1,000 figures about people; only the first 1,000 claims were kept.", line);
    }

    [Fact]
    public async Task Import_of_a_missing_folder_is_a_usage_error()
    {
        var result = await RunAsync(["import", Path.Combine(folder, "nowhere"), "--connection", ConnectionString]);

        Assert.Equal(2, result.Code);
        Assert.Contains("no folder", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    private void CopySeeds()
    {
        Directory.CreateDirectory(Articles);
        foreach (var file in Directory.EnumerateFiles(FindSeeds()))
        {
            File.Copy(file, Path.Combine(Articles, Path.GetFileName(file)));
        }
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No seeds/manifest.json above the test binaries.");
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimTracker.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
