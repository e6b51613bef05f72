using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Articles;

/// <summary>
/// The articles whose claims a pending save adds, removes or moves to another article: after the save, in its
/// transaction, their <see cref="Article.ClaimCount"/> is counted again from the claims, so no write path through
/// SaveChanges can leave it wrong (the batch import, which writes rows past SaveChanges, sets it on each new article).
/// The change of the counts (deleted articles' included) is added to the stored totals (<see cref="ClaimTotal"/>).
/// </summary>
internal sealed class ArticleClaimCounts
{
    private readonly HashSet<int> before = [];
    private readonly List<Claim> after = [];
    private readonly HashSet<int> deletedArticles = [];
    private Dictionary<int, int> storedBefore = [];
    private Dictionary<int, int> storedAfter = [];

    private ArticleClaimCounts()
    {
    }

    /// <summary>Null when the save adds, removes and moves no claim and deletes no article.</summary>
    public static ArticleClaimCounts? BeforeSave(ClaimTrackerDb db)
    {
        var counts = new ArticleClaimCounts();
        foreach (var entry in db.ChangeTracker.Entries<Claim>())
        {
            var moved = entry.State == EntityState.Modified && entry.Property(c => c.ArticleId).IsModified;
            if (entry.State == EntityState.Deleted || moved)
            {
                counts.before.Add(entry.Property(c => c.ArticleId).OriginalValue);
            }
            if (entry.State == EntityState.Added || moved)
            {
                // A new article's id is known only after the save: the claim is read again then.
                counts.after.Add(entry.Entity);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Article>().Where(e => e.State == EntityState.Deleted))
        {
            // Its claims go by the database's cascade, maybe unseen by the change tracker: its stored count leaves the totals.
            counts.deletedArticles.Add(entry.Property(a => a.Id).OriginalValue);
        }
        return counts.before.Count + counts.after.Count + counts.deletedArticles.Count == 0 ? null : counts;
    }

    /// <summary>The touched articles' stored counts before the save; call inside its transaction, before saving.</summary>
    public async Task ReadBeforeAsync(ClaimTrackerDb db, CancellationToken cancellationToken) =>
        // A new article (or a claim's not yet saved one) has no id yet, or a temporary negative one: it had no count.
        storedBefore = await StoredAsync(db, before.Concat(deletedArticles).Concat(after.Select(c => c.ArticleId)).Where(id => id > 0), cancellationToken);

    /// <summary>
    /// Counts the touched articles' claims again; call after the save, inside its transaction, before the cells' refresh
    /// (which locks cells: an article's row is locked before them in every path, as the save itself may change it).
    /// </summary>
    public async Task RecountAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var ids = before.Concat(after.Select(c => c.ArticleId)).Distinct().ToList();
        if (ids.Count > 0)
        {
            await db.Articles.Where(a => ids.Contains(a.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ClaimCount, a => db.Claims.Count(c => c.ArticleId == a.Id)), cancellationToken);
        }
        storedAfter = await StoredAsync(db, ids.Concat(storedBefore.Keys), cancellationToken);
    }

    /// <summary>
    /// Adds the change of the counts to the totals; call last in the transaction, after the cells' refresh. A totals row
    /// is shared by every writer of its block's articles: locked last, it is held only to commit, and a writer holding
    /// it never waits for cells (PostgreSQL; <see cref="Comparison.CellLocks"/>).
    /// </summary>
    public Task AddToTotalsAsync(ClaimTrackerDb db, CancellationToken cancellationToken) =>
        ClaimTotalChange.AddAsync(db, storedBefore.Keys.Union(storedAfter.Keys)
            .Select(id => (ClaimTotal.BlockOf(id), storedAfter.GetValueOrDefault(id) - storedBefore.GetValueOrDefault(id))), cancellationToken);

    private static async Task<Dictionary<int, int>> StoredAsync(ClaimTrackerDb db, IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ClaimCount, cancellationToken);
    }
}
