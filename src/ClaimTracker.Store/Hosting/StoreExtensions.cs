using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Hosting;

/// <summary>Registers the store (ClaimTrackerDb) from configuration; shared by the web app, the CLI and the tests.</summary>
public static class StoreExtensions
{
    /// <summary>
    /// <c>Database:Provider</c> (Sqlite, the default) and <c>ConnectionStrings:ClaimTracker</c> (default: a file
    /// <c>claimtracker.db</c> in the data folder). Configuration is read when the store is first resolved,
    /// so settings added after registration (tests, command-line switches) still apply.
    /// </summary>
    public static IServiceCollection AddClaimTrackerStore(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddSingleton<SqliteBusyTimeoutInterceptor>();
        services.AddDbContextFactory<ClaimTrackerDb>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var databaseProvider = configuration["Database:Provider"] ?? "Sqlite";
            if (!databaseProvider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Database:Provider '{databaseProvider}' is not supported. Use 'Sqlite' (the default).");
            }
            var connectionString = StoreLocation.SqliteConnectionString(configuration, contentRoot);
            options.UseSqlite(connectionString)
                .AddInterceptors(provider.GetRequiredService<SqliteBusyTimeoutInterceptor>());
        });
        return services;
    }

    /// <summary>Applies pending migrations and switches SQLite to write-ahead logging (persistent in the file).</summary>
    public static async Task MigrateClaimTrackerStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (pages, API) go on while an import writes; it sticks to the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
