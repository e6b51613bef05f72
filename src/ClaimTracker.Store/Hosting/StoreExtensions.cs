using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Store.Hosting;

/// <summary>Registers the store (ClaimTrackerDb) from configuration; shared by the web app, the CLI and the tests.</summary>
public static class StoreExtensions
{
    /// <summary>
    /// <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:ClaimTracker</c> (for SQLite
    /// default: a file <c>claimtracker.db</c> in the data folder; for PostgreSQL required). Configuration is read when the
    /// store is first resolved, so settings added after registration (tests, command-line switches) still apply.
    /// </summary>
    public static IServiceCollection AddClaimTrackerStore(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddSingleton<SqliteBusyTimeoutInterceptor>();
        services.AddSingleton<StoreChangeCounter>();
        services.AddDbContextFactory<ClaimTrackerDb>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            if (StoreProvider.FromConfiguration(configuration) == StoreProvider.Postgres)
            {
                options.UseClaimTrackerPostgres(StoreLocation.PostgresConnectionString(configuration))
                    .AddInterceptors(Watching(provider, provider.GetRequiredService<StoreChangeCounter>()));
                return;
            }
            options.UseClaimTrackerSqlite(StoreLocation.SqliteConnectionString(configuration, contentRoot))
                .AddInterceptors(Watching(provider, provider.GetRequiredService<SqliteBusyTimeoutInterceptor>(), provider.GetRequiredService<StoreChangeCounter>()));
        });
        return services;
    }

    /// <summary>The interceptors, with the accounts' watch where the account store is registered (not for an import).</summary>
    private static IInterceptor[] Watching(IServiceProvider provider, params IInterceptor[] interceptors) =>
        provider.GetService<AccountChangeWatch>() is { } accounts ? [.. interceptors, accounts] : interceptors;

    /// <summary>
    /// Applies pending migrations, switches SQLite to write-ahead logging (persistent in the file) and brings subjects
    /// stored by older versions to the store's spelling (<see cref="StoredSubjectSpelling"/>).
    /// </summary>
    public static async Task MigrateClaimTrackerStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql() && await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            // EF Core reads the migrations history before it creates the table, and logs the "relation does not exist"
            // of a fresh database as a failed command (a `fail:` line on every first import) though nothing failed.
            // Creating the table first, with EF Core's own script, leaves nothing to fail; real command errors still log.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (pages, API) go on while an import writes; it sticks to the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await StoredSubjectSpelling.RespellAsync(factory, services.GetService<TimeProvider>() ?? TimeProvider.System,
            (services.GetService<ILoggerFactory>() ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger(typeof(StoredSubjectSpelling)), cancellationToken);
    }
}
