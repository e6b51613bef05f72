using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Web.Hosting;

/// <summary>First-start work: migrate the store, load the source registry, import the seed articles.</summary>
public static class SeedingExtensions
{
    public static IServiceCollection AddClaimTrackerSeeding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<SourceRegistryImport>();
        services.TryAddSingleton<FolderImport>();
        services.TryAddSingleton<SeedImport>();
        return services;
    }

    /// <summary>Runs before the app serves a request, so the first page already shows the seeded store.</summary>
    public static async Task PrepareClaimTrackerStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigrateClaimTrackerStoreAsync(cancellationToken);
        await app.Services.GetRequiredService<SourceRegistryImport>().ImportAsync(cancellationToken);
        var seeds = SeedImport.FindSeedsFolder(app.Configuration["Seeds:Path"], app.Environment.ContentRootPath);
        await app.Services.GetRequiredService<SeedImport>().ImportAsync(seeds, cancellationToken);
    }
}
