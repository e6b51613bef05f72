using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimTracker.Web.Data;

/// <summary>The store's state for /health: provider, pending migrations and how much it holds.</summary>
public sealed class StoreStateHealthCheck(IDbContextFactory<ClaimTrackerDb> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var data = new Dictionary<string, object>
            {
                ["provider"] = db.Database.ProviderName ?? "unknown",
                ["pendingMigrations"] = pending.Count,
            };
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied.", data: data);
            }
            data["articles"] = await db.Articles.CountAsync(cancellationToken);
            data["claims"] = await db.Claims.CountAsync(cancellationToken);
            data["sources"] = await db.Sources.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy("Migrated and readable.", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store cannot be read.", e);
        }
    }
}
