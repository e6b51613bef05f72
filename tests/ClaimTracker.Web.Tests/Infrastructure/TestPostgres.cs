using Npgsql;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the Postgres tests: <c>CLAIMTRACKER_TEST_POSTGRES</c>, an Npgsql connection string for a
/// user who may create databases, or else a throwaway server the tests start themselves from Debian's postgresql.
/// Every fixture gets a fresh database of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "CLAIMTRACKER_TEST_POSTGRES";

    // A missing server fails the Postgres tests (it does not skip them): they are half of what the store promises.
    private const string Missing =
        "No PostgreSQL server for the Postgres tests: " + Variable + " is not set and PostgreSQL is not installed under " +
        "/usr/lib/postgresql (the tests install Debian's postgresql themselves only when running as root; `bash .ci/run` " +
        "does too). Install it with `sudo apt-get install -y postgresql`, or point the tests at a server (as a non-root user): " +
        "initdb -D /tmp/pg -U postgres --auth=trust && pg_ctl -D /tmp/pg -o \"-p 55432 -k /tmp\" start, then " +
        "export " + Variable + "=\"Host=127.0.0.1;Port=55432;Username=postgres\".";

    // Several test classes ask at once; one server serves the whole run.
    private static readonly Lazy<string> Located = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : ThrowawayPostgres.Start() ?? throw new InvalidOperationException(Missing));

    public static string Server => Located.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"claimtracker_test_{Guid.NewGuid():N}";
        Run($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        // Only this database's pool: test classes run in parallel, and clearing every pool closed other tests' idle
        // connections mid-test (SessionStateTestsOnPostgres saw its pooled session change process). FORCE ends any
        // connection to this database that a pool with other settings still holds.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Run($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Run(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
#pragma warning disable CA2100 // The only variable part is a database name made here from a GUID.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
