using ClaimTracker.Store.Ingest;
using ClaimTracker.Store.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Store.Hosting;

/// <summary>Registers the first-start imports (source registry, seed folder) for the web app and the CLI.</summary>
public static class SeedingRegistration
{
    public static IServiceCollection AddClaimTrackerSeeding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<SourceRegistryImport>();
        services.TryAddSingleton<FolderImport>();
        services.TryAddSingleton<SeedImport>();
        return services;
    }
}
