using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClaimTracker.Store.Data;

/// <summary>
/// Counts the saves this process makes to the store, so a cache of query results (the comparison) knows it is stale
/// without asking the database. Writes by other processes (a CLI import) are not seen: such caches also expire.
/// </summary>
public sealed class StoreChangeCounter : SaveChangesInterceptor
{
    private long version;

    public long Version => Interlocked.Read(ref version);

    /// <summary>Counts a write made without SaveChanges (an import's batch insert).</summary>
    public void Count() => Interlocked.Increment(ref version);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Interlocked.Increment(ref version);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref version);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
