using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Store.Data;

/// <summary>
/// The databases the store runs on (<c>Database:Provider</c>): SQLite, the embedded default, and PostgreSQL for
/// several app instances. Each provider's migrations live in a project of their own, generated from the same model.
/// </summary>
public static class StoreProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqliteMigrations = "ClaimTracker.Store.Sqlite";
    public const string PostgresMigrations = "ClaimTracker.Store.Postgres";

    /// <summary><c>Database:Provider</c>, Sqlite when absent; anything else is refused with the accepted names.</summary>
    public static string FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(configured) || configured.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite;
        }
        if (configured.Equals(Postgres, StringComparison.OrdinalIgnoreCase) || configured.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres;
        }
        throw new InvalidOperationException(
            $"Database:Provider '{configured}' is not supported. Use 'Sqlite' (the default) or 'Postgres'.");
    }

    // SQLite cannot alter a column, so EF Core rebuilds the table with foreign keys off, outside the migration's
    // transaction, and warns about it on every fresh store. The store start lock keeps a second process out while it
    // runs; the warning stays in the log at Information instead of on every first `claimtracker import`'s console.
    public static DbContextOptionsBuilder UseClaimTrackerSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations))
            .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));

    public static DbContextOptionsBuilder UseClaimTrackerPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
}
