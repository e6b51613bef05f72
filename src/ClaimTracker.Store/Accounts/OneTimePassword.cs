using System.Security.Claims;
using Claim = System.Security.Claims.Claim;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The mark on a user whose password the app generated (the first admin without <c>Auth:AdminPassword</c>, a user
/// created or reset without a typed password): someone else has seen that password, so it must be replaced before
/// the account does anything. The mark is an Identity user claim, so it needs no column of its own, and Identity's
/// claims factory copies it into the sign-in cookie and the API token principal by itself.
/// </summary>
public static class OneTimePassword
{
    public const string ClaimType = "claimtracker:must_change_password";

    public const string PagePath = "/account/password";

    /// <summary>What the change-password page tells a marked user.</summary>
    public const string Explanation = "You signed in with a one-time password. Choose your own password to continue.";

    /// <summary>The problem-details title of the 403 the API answers a marked user with.</summary>
    public const string ApiRefusal = "Change your one-time password first.";

    public const string ApiRefusalDetail =
        "This account still has the one-time password it was given. Sign in with a browser and choose your own password at "
        + PagePath + ", then try again.";

    /// <summary>True when the signed-in user (cookie or API token) still has to replace a one-time password.</summary>
    public static bool MustChange(ClaimsPrincipal? user) => user?.HasClaim(c => c.Type == ClaimType) == true;

    /// <summary>The change-password page, coming back to <paramref name="returnUrl"/> afterwards if it is on this site.</summary>
    public static string PageFor(string? returnUrl)
    {
        var back = SignInLinks.LocalOrHome(returnUrl);
        return back == "/" ? PagePath : PagePath + "?returnUrl=" + Uri.EscapeDataString(back);
    }

    /// <summary>Marks the user (once, however often their password is generated again).</summary>
    public static async Task<IdentityResult> MarkAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await IsMarkedAsync(users, user))
        {
            return IdentityResult.Success;
        }
        return await users.AddClaimAsync(user, new Claim(ClaimType, "true"));
    }

    /// <summary>True when the store says the user still has to replace a one-time password.</summary>
    public static async Task<bool> IsMarkedAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        return (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType);
    }

    /// <summary>Removes the mark after the user chose their own password; false when there was none.</summary>
    public static async Task<bool> ClearAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (marks.Count == 0)
        {
            return false;
        }
        var removed = await users.RemoveClaimsAsync(user, marks);
        if (!removed.Succeeded)
        {
            throw new InvalidOperationException(
                "Could not clear the one-time password mark: " + string.Join(" ", removed.Errors.Select(e => e.Description)));
        }
        return true;
    }
}
