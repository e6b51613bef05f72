using ClaimTracker.Web.Tests.Infrastructure;
using Npgsql;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// `claimtracker import` into a fresh PostgreSQL database, as an operator runs it: the CLI from the build output in its
/// own process. Migrating an empty database is the expected path, so it must not print an error.
/// </summary>
public sealed class CliImportOnPostgresTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-pg-cli-").FullName;
    private readonly string database = TestPostgres.CreateDatabase();

    public void Dispose()
    {
        TestPostgres.DropDatabase(database);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Importing_into_a_fresh_database_migrates_it_without_a_fail_line_and_stores_the_articles()
    {
        var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(articles, "a.txt"),
            "Troops sent\n\nNorth Korea has sent 11,000 troops to Russia, South Korea's NIS said on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(articles, "b.txt"),
            "Losses\n\nUkraine's HUR said 300 soldiers were killed in Kursk.\n");

        var (code, output, error) = await AppProcess.RunCliAsync(folder,
            [("Database__Provider", "Postgres"), ("ConnectionStrings__ClaimTracker", database), ("DOTNET_NOLOGO", "1")],
            "import", articles);

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.DoesNotContain("fail:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("__EFMigrationsHistory", error, StringComparison.Ordinal);
        Assert.Contains("2 saved", output, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"Articles\" WHERE \"IngestedBy\" = 'cli'", connection);
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }
}
