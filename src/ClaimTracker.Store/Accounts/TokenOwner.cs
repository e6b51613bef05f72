using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The owner of a valid API token as the store has them at this moment, read with the token in one statement
/// (<see cref="ApiTokens.FindOwnerAsync"/>): what Identity's claims factory would read in five more.
/// </summary>
public sealed record TokenOwner(
    string UserId,
    string? UserName,
    string? Email,
    string? SecurityStamp,
    DateTimeOffset? LockoutEnd,
    IReadOnlyList<(string Type, string Value)> UserClaims,
    IReadOnlyList<(string Role, IReadOnlyList<(string Type, string Value)> RoleClaims)> Roles)
{
    /// <summary>True for an admin's lock (<see cref="UserAccounts.IsLockedByAdmin"/>), which a token does not get past.</summary>
    public bool LockedByAdmin => UserAccounts.IsLockedByAdmin(LockoutEnd);

    /// <summary>The account as the write checks read it (<see cref="AccountStanding"/>), from this same read.</summary>
    public StoredAccount Account => new(UserId, UserName ?? "", SecurityStamp, [.. Roles.Select(r => r.Role)]);

    /// <summary>
    /// The claims Identity's <c>UserClaimsPrincipalFactory&lt;IdentityUser, IdentityRole&gt;</c> gives this user, in its
    /// order: id, name, email, security stamp, the user's own claims (the one-time password's mark among them), then each
    /// role with that role's claims. A principal built from these passes every check a cookie's principal does.
    /// </summary>
    public IEnumerable<Claim> Claims(ClaimsIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        yield return new Claim(options.UserIdClaimType, UserId);
        yield return new Claim(options.UserNameClaimType, UserName ?? "");
        if (!string.IsNullOrEmpty(Email))
        {
            yield return new Claim(options.EmailClaimType, Email);
        }
        if (SecurityStamp is not null)
        {
            yield return new Claim(options.SecurityStampClaimType, SecurityStamp);
        }
        foreach (var (type, value) in UserClaims)
        {
            yield return new Claim(type, value);
        }
        foreach (var (role, roleClaims) in Roles)
        {
            yield return new Claim(options.RoleClaimType, role);
            foreach (var (type, value) in roleClaims)
            {
                yield return new Claim(type, value);
            }
        }
    }
}
