using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Web.Features.Accounts;

/// <summary>
/// The sign-in form's check. It must not tell anyone which user names exist: an unknown name, a wrong password and a
/// locked account get the same message, and each costs one password-hash check, so the answer's timing says nothing
/// either. (Identity alone hashes only for real, unlocked users, and says "locked" only for real accounts.)
/// </summary>
public sealed partial class PasswordSignIn(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, ILogger<PasswordSignIn> logger)
{
    public const string FailedMessage =
        "Wrong user name or password. After 5 wrong passwords an account also waits 5 minutes before it signs in again.";

    private static readonly IdentityUser Nobody = new("nobody");
    private static string? decoyHash;

    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool remember)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The same hash work a real check does, against a hash of a password nobody knows; the result is never true.
            hasher.VerifyHashedPassword(user ?? Nobody, DecoyHash(), password);
            LogFailed(userName, user is null ? "no such user" : "account locked after repeated failures");
            return new SignInOutcome(false, false, FailedMessage);
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            LogFailed(userName, result.IsLockedOut ? "wrong password; account now locked" : "wrong password");
            return new SignInOutcome(false, false, FailedMessage);
        }
        LogSignedIn(userName);
        return new SignInOutcome(true, await OneTimePassword.IsMarkedAsync(users, user), null);
    }

    private string DecoyHash() =>
        decoyHash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserName} signed in")]
    private partial void LogSignedIn(string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of {UserName} failed: {Reason}")]
    private partial void LogFailed(string userName, string reason);
}
