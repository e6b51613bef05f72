using ClaimTracker.Web.Data;
using ClaimTracker.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// A real SQLite file in a fresh temp folder, with the app's own store and ingest registrations around it
/// (no web host). Deleted on dispose.
/// </summary>
public sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        Services = services;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "claimtracker.db");
    public string ConnectionString => ConnectionStringFor(DatabasePath);
    public ServiceProvider Services { get; }

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimtracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string ConnectionStringFor(string databasePath) => $"Data Source={databasePath};Pooling=False";

    /// <summary>A store with no tables yet (migrate it yourself) or, with <paramref name="migrate"/>, migrated and holding the source registry.</summary>
    public static async Task<TempStore> CreateAsync(bool migrate = true, Action<IServiceCollection>? configure = null)
    {
        var folder = NewFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:ClaimTracker"] = ConnectionStringFor(Path.Combine(folder, "claimtracker.db")),
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddClaimTrackerStore(folder)
            .AddClaimTrackerUrlIngest()
            .AddClaimTrackerSeeding();
        configure?.Invoke(services);
        var store = new TempStore(folder, services.BuildServiceProvider());
        if (migrate)
        {
            await store.Services.MigrateClaimTrackerStoreAsync();
            await store.Services.GetRequiredService<global::ClaimTracker.Store.Sources.SourceRegistryImport>().ImportAsync();
        }
        return store;
    }

    public Task<ClaimTrackerDb> OpenAsync() =>
        Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        DeleteFolder(Folder);
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves litter in the temp folder.
        }
    }
}
