using Microsoft.EntityFrameworkCore;

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

    public static DbContextOptionsBuilder UseClaimTrackerSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));

    public static DbContextOptionsBuilder UseClaimTrackerPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
}
