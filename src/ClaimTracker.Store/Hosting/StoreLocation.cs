using ClaimTracker.Store.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClaimTracker.Store.Hosting;

/// <summary>Where the app keeps its files and its store: the data folder (database, logs) and the SQLite or PostgreSQL connection string.</summary>
public static class StoreLocation
{
    /// <summary><c>DataFolder</c> from configuration (default <c>data</c>), relative to the content root.</summary>
    public static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["DataFolder"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);
    }

    /// <summary>
    /// <c>ConnectionStrings:ClaimTracker</c>, or a file <c>claimtracker.db</c> in the data folder. A relative
    /// <c>Data Source</c> is taken relative to the content root (not the working directory), and its folder is created.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString("ClaimTracker");
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured ?? "");
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:ClaimTracker is not a valid SQLite connection string: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(DataFolder(configuration, contentRoot), "claimtracker.db");
        }
        else if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    /// <summary>
    /// <c>ConnectionStrings:ClaimTracker</c> as an Npgsql connection string (required for PostgreSQL: there is no
    /// sensible default server). Refused with a clear message when missing or malformed.
    /// </summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString("ClaimTracker");
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:ClaimTracker is empty. Set it (or ConnectionStrings__ClaimTracker) " +
                "to an Npgsql connection string, e.g. \"Host=127.0.0.1;Port=5432;Database=claimtracker;Username=claimtracker;Password=…\".");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            // Every page runs the same few statements: prepared once per pooled connection, PostgreSQL skips parsing
            // and planning them again (about a millisecond each). A connection string that says otherwise wins, e.g.
            // "Max Auto Prepare=0" behind a pooler that cannot keep prepared statements.
            if (!Names(configured, "Max Auto Prepare", "MaxAutoPrepare"))
            {
                builder.MaxAutoPrepare = 50;
            }
            if (!Names(configured, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
            {
                builder.AutoPrepareMinUsages = 2;
            }
            // Npgsql otherwise resets a pooled connection before its next use (CLOSE ALL, UNLISTEN *, unlock all advisory
            // locks, DISCARD SEQUENCES and TEMP, RESET ALL), statements the server runs for every checkout, several per
            // request. The store leaves no session state to reset: its settings are SET LOCAL, its cell locks end with
            // their transaction, the start lock unlocks itself, and it makes no temporary tables and listens to nothing.
            if (!Names(configured, "No Reset On Close", "NoResetOnClose"))
            {
                builder.NoResetOnClose = true;
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:ClaimTracker is not a valid Npgsql connection string: {e.Message}", e);
        }
    }

    /// <summary>Whether the connection string as written sets one of these keys (the typed builder reports every key as present).</summary>
    private static bool Names(string connectionString, params string[] keys)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.Any(given.ContainsKey);
    }

    /// <summary>Where the store is, for messages: the SQLite file, or the PostgreSQL host and database (never the password).</summary>
    public static string Describe(IConfiguration configuration, string contentRoot)
    {
        if (StoreProvider.FromConfiguration(configuration) == StoreProvider.Sqlite)
        {
            return SqliteConnectionString(configuration, contentRoot);
        }
        var postgres = new NpgsqlConnectionStringBuilder(PostgresConnectionString(configuration));
        return $"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database}";
    }
}
