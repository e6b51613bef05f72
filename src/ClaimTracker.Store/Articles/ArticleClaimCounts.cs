using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Articles;

/// <summary>
/// The articles whose claims a pending save adds, removes or moves to another article: after the save, in its
/// transaction, their <see cref="Article.ClaimCount"/> is counted again from the claims, so no write path through
/// SaveChanges can leave it wrong (the batch import, which writes rows past SaveChanges, sets it on each new article).
/// </summary>
internal sealed class ArticleClaimCounts
{
    private readonly HashSet<int> before = [];
    private readonly List<Claim> after = [];

    private ArticleClaimCounts()
    {
    }

    /// <summary>Null when the save adds, removes and moves no claim.</summary>
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
        return counts.before.Count + counts.after.Count == 0 ? null : counts;
    }

    /// <summary>Counts the touched articles' claims again; call after the save, inside its transaction.</summary>
    public async Task RecountAsync(ClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var ids = before.Concat(after.Select(c => c.ArticleId)).Distinct().ToList();
        await db.Articles.Where(a => ids.Contains(a.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ClaimCount, a => db.Claims.Count(c => c.ArticleId == a.Id)), cancellationToken);
    }
}
