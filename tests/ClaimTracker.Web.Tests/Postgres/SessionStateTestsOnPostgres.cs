using System.Globalization;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Hosting;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>
/// The store's PostgreSQL connections go back to the pool without Npgsql's reset (<c>No Reset On Close</c>, set by
/// <see cref="StoreLocation.PostgresConnectionString"/>): the next request gets the session as the last one left it, so
/// nothing the store does may leave state in it. With one connection in the pool every command here runs in one session.
/// </summary>
public sealed class SessionStateTestsOnPostgres : IDbContextFactory<ClaimTrackerDb>, IDisposable
{
    private readonly string database = TestPostgres.CreateDatabase();
    private readonly DbContextOptions<ClaimTrackerDb> options;

    public SessionStateTestsOnPostgres()
    {
        var configured = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ClaimTracker"] = configured }).Build();
        var builder = new DbContextOptionsBuilder<ClaimTrackerDb>();
        builder.UseClaimTrackerPostgres(StoreLocation.PostgresConnectionString(configuration));
        options = builder.Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public ClaimTrackerDb CreateDbContext() => new(options);

    public void Dispose() => TestPostgres.DropDatabase(database);

    [Fact]
    public async Task An_import_and_a_correction_leave_the_pooled_session_as_they_found_it()
    {
        var before = await SessionAsync();
        var ingest = new IngestService(this, new ArticleReader(), new ClaimExtractor(), TimeProvider.System, NullLogger<IngestService>.Instance);

        // An import's batch sets synchronous_commit for its transaction; its cells are locked with transaction locks.
        var saved = await ingest.SaveBatchAsync(ingest.PrepareBatch([Request("first", 9_000), Request("second", 11_000)]));
        Assert.All(saved, s => Assert.Equal(IngestOutcome.Saved, s.Outcome));
        await using (var db = CreateDbContext())
        {
            var claim = await db.Claims.OrderBy(c => c.Id).FirstAsync();
            claim.Value = 12_000;
            await db.SaveChangesAsync();
        }
        var after = await SessionAsync();

        Assert.Equal(before.Pid, after.Pid);
        Assert.Equal("on", after.SynchronousCommit);
        Assert.Equal(0, after.AdvisoryLocks);
        Assert.Equal(before.SessionSettings, after.SessionSettings);
    }

    [Fact]
    public async Task A_session_setting_outlives_its_checkout_so_the_pool_does_not_reset_connections()
    {
        await using (var db = CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("SET application_name = 'left by a checkout'");
        }

        await using var next = CreateDbContext();
        var name = await next.Database.SqlQueryRaw<string>("SELECT current_setting('application_name') AS \"Value\"").SingleAsync();

        Assert.Equal("left by a checkout", name);
    }

    private sealed record Session(int Pid, string SynchronousCommit, long AdvisoryLocks, string SessionSettings);

    /// <summary>The session's process, its commit setting, its advisory locks and every setting changed for the session alone.</summary>
    private async Task<Session> SessionAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT pg_backend_pid(), current_setting('synchronous_commit'),
                   (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()),
                   coalesce((SELECT string_agg(name || '=' || setting, ',' ORDER BY name) FROM pg_settings WHERE source = 'session'), '')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Session(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3));
    }

    private static IngestRequest Request(string name, int troops) => new()
    {
        Text = string.Create(CultureInfo.InvariantCulture,
            $"Report {name}\n\nNorth Korea has sent {troops:N0} troops to Russia, South Korea's NIS said."),
        PublishedAt = new DateOnly(2024, 11, 1),
    };
}
