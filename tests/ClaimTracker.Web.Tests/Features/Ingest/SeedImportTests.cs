using System.Net.Http.Json;
using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Web.Tests.Features.Ingest;

public sealed class SeedImportTests
{
    [Fact]
    public async Task The_seed_import_runs_once_and_only_once()
    {
        var folder = TempStore.NewFolder();
        try
        {
            foreach (var start in new[] { 1, 2 })
            {
                await using var app = ClaimTrackerAppFactory.Over(folder);
                using var client = app.CreateClient();
                var articles = await client.GetFromJsonAsync<List<ArticleRow>>("/api/articles");
                Assert.Equal(5, articles!.Count);
            }
            Assert.Equal(5L, await CountAsync(Path.Combine(folder, "claimtracker.db"), "SELECT COUNT(*) FROM Articles"));
            Assert.Equal((long)SourceRegistry.Default.Sources.Count, await CountAsync(Path.Combine(folder, "claimtracker.db"), "SELECT COUNT(*) FROM Sources"));
        }
        finally
        {
            TempStore.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Seeds_carry_the_manifest_metadata()
    {
        await using var app = new ClaimTrackerAppFactory();
        using var client = app.CreateClient();
        var articles = (await client.GetFromJsonAsync<List<ArticleRow>>("/api/articles"))!;

        Assert.Equal(["Cnews Live", "Defense Express", "Pravda.Ru", "UPI"], articles.Select(a => a.Outlet).OfType<string>().Order(StringComparer.Ordinal));
        var pravda = articles.Single(a => a.Outlet == "Pravda.Ru");
        Assert.Equal(new DateOnly(2025, 11, 1), pravda.Published);
        Assert.True(pravda.PublishedInferred);
        var upi = articles.Single(a => a.Outlet == "UPI");
        Assert.Equal(new DateOnly(2025, 3, 5), upi.Published);
        Assert.Null(articles.Single(a => a.Outlet == "Defense Express").Published);
        Assert.Equal(5L, await CountAsync(app.DatabasePath, $"SELECT COUNT(*) FROM Articles WHERE IngestedBy = '{SeedImport.IngestedBy}'"));
    }

    [Fact]
    public void A_configured_seeds_path_that_does_not_exist_stops_the_start()
    {
        var missing = Path.Combine(Path.GetTempPath(), "claimtracker-tests", "no-such-seeds");
        var e = Assert.Throws<InvalidOperationException>(() => SeedImport.FindSeedsFolder(missing, AppContext.BaseDirectory));
        Assert.Contains("Seeds:Path", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_setting_the_seeds_folder_is_found_walking_up()
    {
        Assert.Equal(RepositoryFolders.Seeds, SeedImport.FindSeedsFolder(null, AppContext.BaseDirectory));
    }

    private static async Task<long> CountAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection(TempStore.ConnectionStringFor(databasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record ArticleRow(int Id, string Title, string? Outlet, DateOnly? Published, bool PublishedInferred, int ClaimCount);
}
