using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The one place every account change made through this app instance passes: the store's save. A password changed by
/// its user or reset by an admin, a role, a lock, a deleted user, a revoked token, from a page, the API or a service,
/// are all saves of Identity's rows or of a token's; when one commits, the kept token owners
/// (<see cref="RecentTokenOwners"/>) are forgotten, so no script goes on with the account as this instance read it
/// before. Each caller forgetting on its own was how a kind of change got missed (only the password page did, session 18).
/// </summary>
public sealed class AccountChangeWatch(RecentTokenOwners owners) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts that saved an account change in a transaction of their own making, not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> uncommitted = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Forsake(eventData);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forsake(eventData);
        return Task.CompletedTask;
    }

    /// <summary>True when a tracked change alters what a token's request is judged by: the user, their roles or claims, a role's claims, a token's revoke.</summary>
    public static bool ChangesAnAccount(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }
        return entry.Entity switch
        {
            // Any save of the user, though a wrong password's count changes nothing a token is judged by: Identity's store
            // marks every column of the user modified, so a save that changes the stamp or the lockout cannot be told from
            // it without the values it was read with, which a user attached unread does not have. A wrong password thus
            // makes every script's next request read its owner, as with no memory at all; never the reverse.
            IdentityUser or IdentityUserRole<string> or IdentityUserClaim<string> or IdentityRole or IdentityRoleClaim<string> => true,
            // A new token has no owner kept yet; a revoke (the only save of a stored token) or a deletion must bite.
            ApiToken => entry.State != EntityState.Added,
            _ => false,
        };
    }

    private void Notice(DbContextEventData eventData)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries().Any(ChangesAnAccount))
        {
            uncommitted.AddOrUpdate(db, this);
        }
    }

    /// <summary>
    /// Forgets now (the save's own transaction has committed), and again at the commit when the caller holds a
    /// transaction: an owner read between this save and that commit reads the account as it was, and must not be kept.
    /// </summary>
    private void Saved(DbContextEventData eventData)
    {
        if (eventData.Context is not { } db || !uncommitted.TryGetValue(db, out _))
        {
            return;
        }
        owners.Forget();
        if (db.Database.CurrentTransaction is null)
        {
            uncommitted.Remove(db);
        }
    }

    private void Committed(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db && uncommitted.Remove(db))
        {
            owners.Forget();
        }
    }

    private void Forsake(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            uncommitted.Remove(db);
        }
    }
}
