using System.Security.Claims;
using ClaimTracker.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// Whether a signed-in principal still stands as the store has the user now. A browser tab keeps the principal it
/// signed in with for hours; a role change, password reset, lock or deletion must bite at the next write, not at the
/// next sign-in, so every write and admin action asks the store again at the moment it writes.
/// </summary>
public static class AccountStanding
{
    /// <summary>The claim type Identity writes the security stamp under (the app keeps Identity's default).</summary>
    public static readonly string SecurityStampClaimType = new ClaimsIdentityOptions().SecurityStampClaimType;

    public const string GoneMessage = "Your account no longer exists, so nothing was saved.";

    public const string StaleMessage =
        "Your account was changed since you signed in (a new role, a password reset or a lock), so nothing was saved. Sign in again.";

    /// <summary>Says why nothing may be saved, naming the user's current role.</summary>
    public static string RoleChangedMessage(string role, string refusedMessage) =>
        $"Your role is now {role}, so nothing was saved. {refusedMessage}";

    /// <summary>
    /// Null when the store still gives the user one of <paramref name="roles"/> and the principal carries the user's
    /// current security stamp; otherwise the message to show. Principals that never had one of the roles get
    /// <paramref name="refusedMessage"/> without a store read.
    /// </summary>
    public static Task<string?> RefuseAsync(
        IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, IReadOnlyList<string> roles, string refusedMessage,
        CancellationToken cancellationToken = default) =>
        RefuseAsync(store, user, roles, refusedMessage, readThisRequest: null, cancellationToken);

    /// <summary>
    /// As above, but with the user as the store had them when this request signed in (<paramref name="readThisRequest"/>,
    /// an API token's owner, read with the token moments ago): that read is the one the check would make again, so it
    /// is used instead of a second statement. Ignored when it is not the principal's user.
    /// </summary>
    public static async Task<string?> RefuseAsync(
        IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, IReadOnlyList<string> roles, string refusedMessage,
        StoredAccount? readThisRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        if (user.Identity?.IsAuthenticated != true || !roles.Any(user.IsInRole))
        {
            return refusedMessage;
        }
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stored = readThisRequest is not null && id is not null && readThisRequest.Id == id
            ? readThisRequest
            : await ReadAsync(store, user, cancellationToken);
        if (stored is null)
        {
            return GoneMessage;
        }
        // The role first: a demotion also renews the stamp, and "your role is now Analyst" says more than "changed".
        if (!stored.Roles.Any(roles.Contains))
        {
            return RoleChangedMessage(stored.Role, refusedMessage);
        }
        return StampMatches(user, stored) ? null : StaleMessage;
    }

    /// <summary>True while the store has the user with the principal's roles and security stamp (the circuit check).</summary>
    public static async Task<bool> IsCurrentAsync(IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await ReadAsync(store, user, cancellationToken);
        return stored is not null
            && StampMatches(user, stored)
            && AccountRoles.All.All(role => user.IsInRole(role) == stored.Roles.Contains(role));
    }

    /// <summary>
    /// The principal's user as stored now, by id (the <see cref="ClaimTypes.NameIdentifier"/> claim every sign-in
    /// carries) or, for a principal built without one, by name; null when no such user exists.
    /// </summary>
    public static async Task<StoredAccount?> ReadAsync(IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity?.Name;
        if (id is null && string.IsNullOrEmpty(name))
        {
            return null;
        }
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var normalized = name?.ToUpperInvariant();
        // The user and their roles in one statement: every write asks this, on top of the request's own sign-in check.
        var row = await db.Users.AsNoTracking()
            .Where(u => id != null ? u.Id == id : u.NormalizedUserName == normalized)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.SecurityStamp,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        return new StoredAccount(row.Id, row.UserName ?? "", row.SecurityStamp, row.Roles);
    }

    // Every principal the app signs in (cookie or token) carries the stamp; one built in code without it has only the role check.
    private static bool StampMatches(ClaimsPrincipal user, StoredAccount stored) =>
        user.FindFirstValue(SecurityStampClaimType) is not { } stamp || string.Equals(stamp, stored.SecurityStamp, StringComparison.Ordinal);
}
