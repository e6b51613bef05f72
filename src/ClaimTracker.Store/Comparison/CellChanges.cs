using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// The cells a pending save touches, read from the change tracker: before the save, where changed and deleted claims
/// were (their original row and source) and the claims of deleted or re-dated articles; after it, where new and changed
/// claims are (a new claim's source id is known only once its new source is saved) and the cells of deleted sources.
/// </summary>
internal sealed class CellChanges
{
    private readonly List<CellKey> before = [];
    private readonly List<Claim> claims = [];
    private readonly List<int> deletedSources = [];

    private CellChanges()
    {
    }

    /// <summary>Null when the save changes nothing the comparison shows.</summary>
    public static async Task<CellChanges?> BeforeSaveAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var changes = new CellChanges();
        var tracker = db.ChangeTracker;
        foreach (var entry in tracker.Entries<Claim>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                changes.before.Add(new CellKey(
                    entry.Property(c => c.Subject).OriginalValue, entry.Property(c => c.Metric).OriginalValue,
                    entry.Property(c => c.Status).OriginalValue, entry.Property(c => c.SourceId).OriginalValue));
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                changes.claims.Add(entry.Entity);
            }
        }
        // A claim without an as-of date is dated by its article; deleting an article deletes its claims in the database.
        var articles = tracker.Entries<Article>()
            .Where(e => e.State == EntityState.Deleted || (e.State == EntityState.Modified && e.Property(a => a.PublishedAt).IsModified))
            .Select(e => e.Entity.Id)
            .ToList();
        if (articles.Count > 0)
        {
            changes.before.AddRange(await db.Claims.AsNoTracking().Where(c => articles.Contains(c.ArticleId))
                .Select(c => new CellKey(c.Subject, c.Metric, c.Status, c.SourceId)).Distinct().ToListAsync(cancellationToken));
        }
        changes.deletedSources.AddRange(tracker.Entries<Source>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id));
        return changes.before.Count + changes.claims.Count + changes.deletedSources.Count == 0 ? null : changes;
    }

    /// <summary>Recomputes the touched cells; call after the save, inside its transaction.</summary>
    public async Task RefreshAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var keys = new List<CellKey>(before);
        keys.AddRange(claims.Select(CellKey.Of));
        if (deletedSources.Count > 0)
        {
            // The database set the claims' source to null (claims not loaded are not in the tracker): both cells change.
            var rows = await db.ComparisonCells.AsNoTracking().Where(c => c.SourceId != null && deletedSources.Contains(c.SourceId.Value))
                .Select(c => new CellKey(c.Subject, c.Metric, c.Status, c.SourceId)).ToListAsync(cancellationToken);
            keys.AddRange(rows);
            keys.AddRange(rows.Select(k => k with { SourceId = null }));
        }
        await ComparisonCells.RefreshAsync(db, keys, cancellationToken);
    }
}
