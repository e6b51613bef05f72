using System.Security.Claims;
using ClaimTracker.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// What admins do on the Users page: list users, create them, give each one role, reset passwords. Every call checks
/// that the acting user is an Admin now, in the store (not by the page's principal, which may predate a demotion), and
/// opens its own scope (a fresh UserManager and store context), since the page lives as long as the browser tab.
/// </summary>
public sealed partial class UserAccounts(IServiceScopeFactory scopes, IDbContextFactory<ClaimTrackerDb> store, ILogger<UserAccounts> logger)
{
    public const string RefusedMessage = "Only admins can manage users.";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var list = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            list.Add(new UserSummary(user.Id, user.UserName ?? "", HighestRole(roles), await users.IsLockedOutAsync(user),
                await OneTimePassword.IsMarkedAsync(users, user), IsLockedByAdmin(user)));
        }
        return list;
    }

    /// <summary>
    /// Creates a user with one role; with no <paramref name="password"/> a one-time password is generated, returned, and
    /// marked to be changed at the user's first sign-in.
    /// </summary>
    public async Task<AccountChange> CreateAsync(ClaimsPrincipal actor, string userName, string role, string? password, CancellationToken cancellationToken = default)
    {
        if (await RefuseAsync(actor, "create a user", cancellationToken) is { } refused)
        {
            return refused;
        }
        return await CreateCheckedAsync(WriteAccess.UserName(actor), userName, role, password);
    }

    /// <summary>
    /// <see cref="CreateAsync"/> for the server's operator (<c>claimtracker users add</c>): whoever runs the CLI against
    /// the store already holds it, so there is no signed-in account to re-check; the log names them as <paramref name="operatorName"/>.
    /// </summary>
    public Task<AccountChange> CreateAsOperatorAsync(string operatorName, string userName, string role, string? password) =>
        CreateCheckedAsync(operatorName, userName, role, password);

    private async Task<AccountChange> CreateCheckedAsync(string admin, string userName, string role, string? password)
    {
        userName = (userName ?? "").Trim();
        if (userName.Length == 0)
        {
            return new AccountChange(false, "Enter a user name.");
        }
        if (!AccountRoles.All.Contains(role))
        {
            return new AccountChange(false, $"'{role}' is not a role. Use one of: {string.Join(", ", AccountRoles.All)}.");
        }
        var generated = string.IsNullOrEmpty(password);
        password = generated ? AdminBootstrap.NewPassword() : password!;

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(userName);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AccountChange(false, Describe(created));
        }
        var added = await users.AddToRoleAsync(user, role);
        if (added.Succeeded && generated)
        {
            // The admin has seen the generated password; a password the admin typed is their own choice and stays.
            added = await OneTimePassword.MarkAsync(users, user);
        }
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return new AccountChange(false, Describe(added));
        }
        LogCreated(userName, role, admin);
        return new AccountChange(true, $"{userName} can now sign in as {role}.", generated ? password : null);
    }

    /// <summary>Gives the user exactly this role. The last admin cannot be demoted, so the site never loses its admin.</summary>
    public Task<AccountChange> SetRoleAsync(ClaimsPrincipal actor, string userId, string role, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(actor, "change a role", userId, async (users, user) =>
        {
            if (!AccountRoles.All.Contains(role))
            {
                return new AccountChange(false, $"'{role}' is not a role.");
            }
            var current = await users.GetRolesAsync(user);
            if (current.Contains(AccountRoles.Admin) && role != AccountRoles.Admin
                && (await users.GetUsersInRoleAsync(AccountRoles.Admin)).Count <= 1)
            {
                return new AccountChange(false, $"{user.UserName} is the only admin. Make someone else an admin first.");
            }
            var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != role));
            var result = removed.Succeeded && !current.Contains(role) ? await users.AddToRoleAsync(user, role) : removed;
            if (!result.Succeeded)
            {
                return new AccountChange(false, Describe(result));
            }
            // Signs the user's other sessions out at their next check, so the new rights apply everywhere.
            await users.UpdateSecurityStampAsync(user);
            var admin = WriteAccess.UserName(actor);
            LogRoleSet(user.UserName ?? userId, role, admin);
            return new AccountChange(true, $"{user.UserName} is now {role}.");
        }, cancellationToken);

    /// <summary>
    /// Sets a new generated password (shown once to the admin, to be changed at the user's next sign-in) and ends the
    /// lockout, if any.
    /// </summary>
    public Task<AccountChange> ResetPasswordAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(actor, "reset a password", userId, async (users, user) =>
        {
            var password = AdminBootstrap.NewPassword();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return new AccountChange(false, Describe(reset));
            }
            var marked = await OneTimePassword.MarkAsync(users, user);
            if (!marked.Succeeded)
            {
                return new AccountChange(false, Describe(marked));
            }
            if (!IsLockedByAdmin(user))
            {
                // A reset ends the lockout after wrong passwords; an admin's lock stays until an admin unlocks.
                await users.SetLockoutEndDateAsync(user, null);
            }
            await users.ResetAccessFailedCountAsync(user);
            var admin = WriteAccess.UserName(actor);
            LogPasswordReset(user.UserName ?? userId, admin);
            return new AccountChange(true, $"New password for {user.UserName}. Give it to them; it is not shown again.", password);
        }, cancellationToken);

    /// <summary>
    /// Locks the user out until an admin unlocks them: no password sign-in, no API token, and (through the renewed
    /// security stamp) no open page keeps working. Admins cannot lock themselves (so the last admin stays too).
    /// </summary>
    public Task<AccountChange> SetLockedAsync(ClaimsPrincipal actor, string userId, bool locked, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(actor, locked ? "lock a user" : "unlock a user", userId, async (users, user) =>
        {
            if (locked && string.Equals(user.UserName, actor.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            {
                return new AccountChange(false, "You cannot lock your own account.");
            }
            var result = await users.SetLockoutEnabledAsync(user, true);
            result = result.Succeeded ? await users.SetLockoutEndDateAsync(user, locked ? LockedByAdminUntil : null) : result;
            result = result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
            // Signs the user's open pages out at their next check and refuses their writes at once.
            result = result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
            if (!result.Succeeded)
            {
                return new AccountChange(false, Describe(result));
            }
            var admin = WriteAccess.UserName(actor);
            LogLockSet(user.UserName ?? userId, locked ? "locked" : "unlocked", admin);
            return new AccountChange(true, locked ? $"{user.UserName} is locked until an admin unlocks them." : $"{user.UserName} is unlocked.");
        }, cancellationToken);

    /// <summary>The lockout end an admin's lock sets: never, in practice.</summary>
    public static readonly DateTimeOffset LockedByAdminUntil = DateTimeOffset.MaxValue;

    /// <summary>True for an admin's lock, false for none or for the few minutes after wrong passwords.</summary>
    public static bool IsLockedByAdmin(IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsLockedByAdmin(user.LockoutEnd);
    }

    /// <summary>True when a user's lockout end is an admin's lock.</summary>
    public static bool IsLockedByAdmin(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: >= 9999 };

    /// <summary>The strongest of the user's roles (a user normally has exactly one).</summary>
    public static string HighestRole(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return AccountRoles.All.Reverse().FirstOrDefault(held.Contains) ?? "none";
    }

    /// <summary>Refuses anyone who is not an admin now; else runs <paramref name="change"/> on the user in a fresh scope, or says they are gone.</summary>
    private async Task<AccountChange> ChangeUserAsync(ClaimsPrincipal actor, string what, string userId,
        Func<UserManager<IdentityUser>, IdentityUser, Task<AccountChange>> change, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(actor, what, cancellationToken) is { } refused)
        {
            return refused;
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new AccountChange(false, "This user no longer exists.");
        }
        // The kept token owners are forgotten by the save itself (AccountChangeWatch), whoever makes it.
        return await change(users, user);
    }

    private async Task<AccountChange?> RefuseAsync(ClaimsPrincipal actor, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccountStanding.RefuseAsync(store, actor, [AccountRoles.Admin], RefusedMessage, cancellationToken) is not { } refused)
        {
            return null;
        }
        LogForbidden(actor.Identity?.Name ?? "anonymous", what, refused);
        return new AccountChange(false, refused);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserName} created with role {Role} by {Admin}")]
    private partial void LogCreated(string userName, string role, string admin);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserName} given role {Role} by {Admin}")]
    private partial void LogRoleSet(string userName, string role, string admin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserName} {Change} by {Admin}")]
    private partial void LogLockSet(string userName, string change, string admin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of {UserName} reset by {Admin}")]
    private partial void LogPasswordReset(string userName, string admin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused: {User} tried to {Action}: {Reason}")]
    private partial void LogForbidden(string user, string action, string reason);
}
