using System.Security.Claims;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The check the write services make themselves (ingest, claim corrections, source curation), so a page or endpoint
/// that forgot its <see cref="AccessPolicies.Write"/> attribute still cannot write for a reader.
/// </summary>
public static class WriteAccess
{
    public const string RefusedMessage = "Only editors and admins can change the store. Sign in with an editor account to do this.";

    /// <summary>True when the user may ingest, correct claims and curate sources (role Editor or Admin).</summary>
    public static bool Allows(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && AccountRoles.Writers.Any(user.IsInRole);

    /// <summary>
    /// Null when the store, read now, still makes the user an Editor or Admin with the security stamp they signed in
    /// with; otherwise the message to show (the page's principal may be hours old).
    /// </summary>
    public static Task<string?> RefuseAsync(IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        AccountStanding.RefuseAsync(store, user, AccountRoles.Writers, RefusedMessage, cancellationToken);

    /// <summary>As above, with the user as read when this request signed in (see <see cref="AccountStanding"/>), when it was.</summary>
    public static Task<string?> RefuseAsync(
        IDbContextFactory<ClaimTrackerDb> store, ClaimsPrincipal user, StoredAccount? readThisRequest, CancellationToken cancellationToken = default) =>
        AccountStanding.RefuseAsync(store, user, AccountRoles.Writers, RefusedMessage, readThisRequest, cancellationToken);

    /// <summary>The name the audit trail records for the user.</summary>
    public static string UserName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.IsNullOrWhiteSpace(user.Identity?.Name) ? "unknown" : user.Identity.Name;
    }
}
