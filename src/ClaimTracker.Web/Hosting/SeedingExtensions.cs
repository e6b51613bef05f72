using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Hosting;

/// <summary>First-start work: migrate the store, load the source registry, import the seed articles (registered by AddClaimTrackerSeeding in the store).</summary>
public static class SeedingExtensions
{
    /// <summary>Runs before the app serves a request, so the first page already shows the seeded store.</summary>
    public static async Task PrepareClaimTrackerStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Instances starting together on one database take turns: the second finds the store migrated and seeded.
        await using var startLock = await StoreStartLock.AcquireAsync(
            app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>(), cancellationToken);
        await app.Services.MigrateClaimTrackerStoreAsync(cancellationToken);
        await app.Services.GetRequiredService<SourceRegistryImport>().ImportAsync(cancellationToken);
        var seeds = SeedImport.FindSeedsFolder(app.Configuration["Seeds:Path"], app.Environment.ContentRootPath);
        await app.Services.GetRequiredService<SeedImport>().ImportAsync(seeds, cancellationToken);
    }
}
