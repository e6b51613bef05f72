using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// Beyond Identity's length and character rules: no password from <see cref="CommonPasswords"/>, and none that
/// contains the user name — the first things a guesser tries.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<IdentityUser>
{
    public const string CommonMessage = "This password is one of the common passwords guessers try first. Choose a less predictable one.";
    public const string UserNameMessage = "The password must not contain the user name.";

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            // Identity's own validator already says a password is needed.
            return Task.FromResult(IdentityResult.Success);
        }
        var errors = new List<IdentityError>();
        if (user.UserName is { Length: >= 3 } name && password.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = UserNameMessage });
        }
        if (CommonPasswords.Contains(password))
        {
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = CommonMessage });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
