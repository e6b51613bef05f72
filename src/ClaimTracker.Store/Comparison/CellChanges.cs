using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// The cells a pending save touches, read from the change tracker: before the save, the figures corrected and deleted
/// claims take out of their cells (their original values) and the claims of deleted articles, which
/// <see cref="MovedClaims"/> moves without regrouping, and the cells of re-dated articles; after it, the figures corrected
/// claims bring into their cells, the cells of new claims (a new claim's source id is known only once its new source is
/// saved) and the cells of deleted sources, regrouped in full.
/// </summary>
internal sealed class CellChanges
{
    private readonly List<CellKey> before = [];
    private readonly List<Claim> claims = [];
    private readonly List<int> deletedSources = [];
    private readonly List<(int Id, int Day)> redated = [];
    private readonly List<MovedFigure> leaving = [];
    private readonly List<(Claim Claim, bool Counted)> corrected = [];

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
            if (entry.State == EntityState.Modified && !MovesFigures(entry))
            {
                continue;
            }
            if (entry.State is EntityState.Modified or EntityState.Deleted && entry.Property(c => c.Review).OriginalValue != ReviewState.Rejected)
            {
                changes.leaving.Add(new MovedFigure(entry.Entity.Id,
                    entry.Property(c => c.Subject).OriginalValue, entry.Property(c => c.Metric).OriginalValue, entry.Property(c => c.Status).OriginalValue,
                    entry.Property(c => c.SourceId).OriginalValue, entry.Property(c => c.Value).OriginalValue, entry.Property(c => c.Low).OriginalValue,
                    entry.Property(c => c.High).OriginalValue, entry.Property(c => c.Qualifier).OriginalValue, entry.Property(c => c.ArticleId).OriginalValue,
                    entry.Property(c => c.EffectiveDay).OriginalValue));
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                changes.claims.Add(entry.Entity);
            }
            if (entry.State is EntityState.Modified)
            {
                changes.corrected.Add((entry.Entity, entry.Entity.Review != ReviewState.Rejected));
            }
        }
        await SetDaysAsync(db, changes.claims, cancellationToken);
        // A claim without an as-of date is dated by its article; deleting an article deletes its claims in the database.
        var redated = tracker.Entries<Article>().Where(e => e.State == EntityState.Modified && e.Property(a => a.PublishedAt).IsModified).ToList();
        changes.redated.AddRange(redated.Select(e => (e.Entity.Id, EffectiveDay.Of(null, e.Entity.PublishedAt))));
        var articles = changes.redated.Select(a => a.Id).ToList();
        if (articles.Count > 0)
        {
            changes.before.AddRange(await db.Claims.AsNoTracking().Where(c => articles.Contains(c.ArticleId))
                .Select(c => new CellKey(c.Subject, c.Metric, c.Status, c.SourceId)).Distinct().ToListAsync(cancellationToken));
        }
        var deleted = tracker.Entries<Article>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        if (deleted.Count > 0)
        {
            var seen = changes.leaving.Select(m => m.Id).ToHashSet();
            changes.leaving.AddRange((await db.Claims.AsNoTracking().Where(c => deleted.Contains(c.ArticleId) && c.Review != ReviewState.Rejected)
                .Select(c => new MovedFigure(c.Id, c.Subject, c.Metric, c.Status, c.SourceId, c.Value, c.Low, c.High, c.Qualifier, c.ArticleId, c.EffectiveDay))
                .ToListAsync(cancellationToken)).Where(m => !seen.Contains(m.Id)));
        }
        changes.deletedSources.AddRange(tracker.Entries<Source>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id));
        return changes.before.Count + changes.claims.Count + changes.leaving.Count + changes.deletedSources.Count == 0 ? null : changes;
    }

    /// <summary>The claim columns the cells, days and spans are grouped from (the review only as rejected or not).</summary>
    private static readonly HashSet<string> FigureProperties =
    [
        nameof(Claim.Subject), nameof(Claim.Metric), nameof(Claim.Status), nameof(Claim.SourceId), nameof(Claim.Value), nameof(Claim.Low),
        nameof(Claim.High), nameof(Claim.Qualifier), nameof(Claim.ArticleId), nameof(Claim.AsOf), nameof(Claim.EffectiveDay),
    ];

    /// <summary>
    /// False for an edit the comparison cannot see: confirming a claim (or taking the confirmation back), a note, a quote.
    /// Such an edit is an editor's commonest write, and regrouping its cell (thousands of claims in the busiest cells)
    /// made it cost as much as moving the claim, and on PostgreSQL hold the cell's lock as long.
    /// </summary>
    internal static bool MovesFigures(EntityEntry<Claim> entry)
    {
        var review = entry.Property(c => c.Review);
        return review.IsModified && (review.OriginalValue == ReviewState.Rejected) != (review.CurrentValue == ReviewState.Rejected)
            || entry.Properties.Any(p => p.IsModified && FigureProperties.Contains(p.Metadata.Name));
    }

    /// <summary>
    /// Each new or changed claim's <see cref="Claim.EffectiveDay"/>: from its as-of date, else its article's published date
    /// (the article in this save, else one query for all the articles not loaded).
    /// </summary>
    private static async Task SetDaysAsync(ClaimTrackerDb db, List<Claim> claims, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<Article>().Where(e => e.State != EntityState.Deleted)
            .GroupBy(e => e.Entity.Id).ToDictionary(g => g.Key, g => g.First().Entity.PublishedAt);
        var unknown = claims.Where(c => c.AsOf is null && c.Article is null && !tracked.ContainsKey(c.ArticleId)).Select(c => c.ArticleId).Distinct().ToList();
        var stored = unknown.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => unknown.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.PublishedAt, cancellationToken);
        foreach (var claim in claims)
        {
            var published = claim.AsOf is not null ? null
                : claim.Article is { } article ? article.PublishedAt
                : tracked.TryGetValue(claim.ArticleId, out var day) ? day
                : stored.GetValueOrDefault(claim.ArticleId);
            claim.EffectiveDay = EffectiveDay.Of(claim.AsOf, published);
        }
    }

    /// <summary>
    /// Brings the touched cells up to date; call after the save, inside its transaction. Corrections and deletes move their
    /// figures (<see cref="MovedClaims"/>); new claims, re-dated articles and deleted sources regroup their cells, and so
    /// does every cell the moves cannot follow exactly.
    /// </summary>
    public async Task RefreshAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        foreach (var (id, day) in redated)
        {
            // Claims of a re-dated article are mostly not loaded: their day changes in the database, before the cells read it.
            await db.Claims.Where(c => c.ArticleId == id && c.AsOf == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.EffectiveDay, day), cancellationToken);
        }
        var keys = new List<CellKey>(before);
        var moved = corrected.Select(c => c.Claim).ToHashSet(ReferenceEqualityComparer.Instance);
        keys.AddRange(claims.Where(c => !moved.Contains(c)).Select(CellKey.Of));
        if (deletedSources.Count > 0)
        {
            // The database set the claims' source to null (claims not loaded are not in the tracker): both cells change.
            var rows = await db.ComparisonCells.AsNoTracking().Where(c => c.SourceId != null && deletedSources.Contains(c.SourceId.Value))
                .Select(c => new CellKey(c.Subject, c.Metric, c.Status, c.SourceId)).ToListAsync(cancellationToken);
            keys.AddRange(rows);
            keys.AddRange(rows.Select(k => k with { SourceId = null }));
        }
        // A cell regrouped anyway is not also moved; the rest of the save's cells are.
        var regrouped = keys.Select(k => (k.Subject.ToLowerInvariant(), k.Metric, k.Status, k.SourceId)).ToHashSet();
        var left = leaving.Where(m => !regrouped.Contains(m.Row)).ToList();
        var entering = corrected.Where(c => c.Counted).Select(c => MovedFigure.Of(c.Claim)).Where(m => !regrouped.Contains(m.Row)).ToList();
        if (left.Count + entering.Count > 0)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var connection = db.Database.GetDbConnection();
                var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                // Every cell of the save in one call, so the locks are taken in bucket order; the regroup below takes a subset.
                await CellLocks.TakeAsync(connection, transaction, keys.Concat(left.Concat(entering).Select(m => m.Cell)), cancellationToken);
                keys.AddRange(await MovedClaims.ApplyAsync(connection, transaction, left, entering, cancellationToken));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await ComparisonCells.RefreshAsync(db, keys, cancellationToken);
    }
}
