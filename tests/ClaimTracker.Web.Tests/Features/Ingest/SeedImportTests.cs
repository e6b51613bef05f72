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
    public async Task A_first_start_cut_short_is_finished_by_the_next_start()
    {
        var folder = TempStore.NewFolder();
        // The first start "dies" after two seeds: start it over a seeds folder that holds only those two.
        var partial = Path.Combine(folder, "partial-seeds");
        Directory.CreateDirectory(partial);
        foreach (var file in Directory.GetFiles(RepositoryFolders.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2))
        {
            File.Copy(file, Path.Combine(partial, Path.GetFileName(file)));
        }
        File.Copy(Path.Combine(RepositoryFolders.Seeds, ArticleManifest.FileName), Path.Combine(partial, ArticleManifest.FileName));
        try
        {
            foreach (var (seeds, expected) in new[] { (partial, 2), (RepositoryFolders.Seeds, 5), (RepositoryFolders.Seeds, 5) })
            {
                await using var app = ClaimTrackerAppFactory.Over(folder, seeds);
                using var client = app.CreateClient();
                var articles = await client.GetFromJsonAsync<List<ArticleRow>>("/api/articles");
                Assert.Equal(expected, articles!.Count);
            }
            var database = Path.Combine(folder, "claimtracker.db");
            Assert.Equal(5L, await CountAsync(database, "SELECT COUNT(DISTINCT ContentHash) FROM Articles"));
            // Every seed's claims were stored once, not once per start.
            Assert.Equal(0L, await CountAsync(database, "SELECT COUNT(*) FROM (SELECT ArticleId, Start FROM Claims GROUP BY ArticleId, Start HAVING COUNT(*) > 1)"));
        }
        finally
        {
            TempStore.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Once_an_editor_has_ingested_an_article_the_seeds_are_never_imported()
    {
        var folder = TempStore.NewFolder();
        var noSeeds = Path.Combine(folder, "no-seeds");
        Directory.CreateDirectory(noSeeds);
        try
        {
            await using (var first = ClaimTrackerAppFactory.Over(folder, noSeeds))
            {
                using var editor = await EditorClient.CreateAsync(first);
                using var response = await editor.PostAsJsonAsync("/api/articles", new
                {
                    title = "Border clashes",
                    text = "About 1,200 soldiers were deployed to the border on Monday, the defence ministry said.",
                });
                Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
            }
            await using var second = ClaimTrackerAppFactory.Over(folder);
            using var client = second.CreateClient();
            var articles = await client.GetFromJsonAsync<List<ArticleRow>>("/api/articles");
            Assert.Equal("Border clashes", Assert.Single(articles!).Title);
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
