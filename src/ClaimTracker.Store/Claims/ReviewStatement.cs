using ClaimTracker.Store.Audit;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClaimTracker.Store.Claims;

/// <summary>
/// A correction that changes only a claim's review, and moves no figure in or out of the comparison (confirming or
/// unconfirming, not rejecting), saved on PostgreSQL as one statement: the UPDATE with its version check feeds the audit
/// entry's INSERT (a writable CTE), so the audit is written exactly when the claim is. EF's save was a transaction, and
/// its COMMIT a round trip of its own, on the commonest correction under 32 clients (docs/performance.md, branch pg38).
/// SQLite has no UPDATE inside WITH, and its transaction costs no round trip: it keeps EF's save.
/// </summary>
public static class ReviewStatement
{
    private static readonly HashSet<string> Saved =
        [nameof(Claim.Review), nameof(Claim.Version), nameof(Claim.UpdatedAt), nameof(Claim.UpdatedBy)];

    /// <summary>
    /// Saves the tracked <paramref name="claim"/>'s new review, version and editor with its one audit entry: true when
    /// saved, false when its version was no longer <paramref name="expectedVersion"/> (or it is gone), null when this save
    /// is not a review flip on PostgreSQL and must go through <see cref="ClaimTrackerDb.SaveChangesAsync(bool, CancellationToken)"/>.
    /// </summary>
    public static async Task<bool?> TrySaveAsync(ClaimTrackerDb db, Claim claim, int expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        var entry = db.Entry(claim);
        if (!db.Database.IsNpgsql() || audit is not [{ Field: nameof(Claim.Review) } review] || CellChanges.MovesFigures(entry)
            || entry.Properties.Any(p => p.IsModified && !Saved.Contains(p.Metadata.Name)))
        {
            return null;
        }
        var saved = await db.Database.ExecuteSqlAsync($"""
            WITH saved AS (
                UPDATE "Claims" SET "Review" = {claim.Review.ToString()}, "Version" = {claim.Version},
                    "UpdatedAt" = {claim.UpdatedAt}, "UpdatedBy" = {claim.UpdatedBy}
                WHERE "Id" = {claim.Id} AND "Version" = {expectedVersion}
                RETURNING "Id")
            INSERT INTO "AuditEntries" ("At", "User", "Entity", "EntityId", "Field", "OldValue", "NewValue")
            SELECT {review.At}, {review.User}, {review.Entity}, "Id", {review.Field}, {review.OldValue}, {review.NewValue} FROM saved
            """, cancellationToken);
        CountChange(db);
        return saved == 1;
    }

    /// <summary>
    /// A review flip sent without reading the claim first: the UPDATE checks the version and that the review moves no
    /// figure (neither from nor to rejected), its audit entry records the review it replaced, and the claim comes back
    /// with its source's name, all in one statement (the PATCH's read was a round trip of its own). Null when no row
    /// was saved (gone, stale, rejected, already so, or not PostgreSQL): the caller's general path tells those apart.
    /// </summary>
    public static async Task<ClaimView?> SaveAndReadAsync(
        ClaimTrackerDb db, int claimId, int expectedVersion, ReviewState review, DateTime at, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql() || review == ReviewState.Rejected)
        {
            return null;
        }
        var stored = review.ToString();
        // The audit shows a review in snake case (ClaimCorrection): the states are single words, so lower() is that.
        var shown = stored.ToLowerInvariant();
        var rows = await db.Database.SqlQuery<ReviewedClaimRow>($"""
            WITH saved AS (
                UPDATE "Claims" AS c SET "Review" = {stored}, "Version" = {expectedVersion + 1}, "UpdatedAt" = {at}, "UpdatedBy" = {user}
                FROM "Claims" AS was
                WHERE c."Id" = {claimId} AND was."Id" = c."Id" AND c."Version" = {expectedVersion}
                    AND was."Review" <> {stored} AND was."Review" <> {nameof(ReviewState.Rejected)}
                RETURNING c.*, was."Review" AS "WasReview"),
            audit AS (
                INSERT INTO "AuditEntries" ("At", "User", "Entity", "EntityId", "Field", "OldValue", "NewValue")
                SELECT {at}, {user}, {nameof(Claim)}, "Id", {nameof(Claim.Review)}, lower("WasReview"), {shown} FROM saved)
            SELECT saved.*, s."Name" AS "SourceName" FROM saved LEFT JOIN "Sources" AS s ON s."Id" = saved."SourceId"
            """).ToListAsync(cancellationToken);
        if (rows is not [var row])
        {
            return null;
        }
        CountChange(db);
        return row.ToView();
    }

    /// <summary>Cached query results (the comparison's, the claims pages') are stale, as after any save.</summary>
    private static void CountChange(ClaimTrackerDb db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<StoreChangeCounter>().FirstOrDefault()?.Count();
}
