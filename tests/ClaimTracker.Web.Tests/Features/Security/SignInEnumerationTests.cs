using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// The sign-in form does not tell which user names exist: unknown names, wrong passwords and locked accounts get the
/// same message, and each costs one password-hash check (counted, not timed).
/// </summary>
public sealed partial class SignInEnumerationTests
{
    /// <summary>The app's own hasher, counting its checks.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> inner = new();
        private int checks;

        public int Checks => Volatile.Read(ref checks);

        public string HashPassword(IdentityUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Unknown_names_wrong_passwords_and_locked_accounts_get_the_same_message_and_the_same_hash_work()
    {
        var hasher = new CountingHasher();
        using var app = new AccountsApp(services: services => services.AddSingleton<IPasswordHasher<IdentityUser>>(hasher));
        await app.CreateUserAsync("real-editor", AccountRoles.Editor);
        await app.CreateUserAsync("guessed-editor", AccountRoles.Editor);
        using var browser = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await AccountsApp.PostSignInAsync(browser, "guessed-editor", "Wrong-Guess-123");
        }

        var (unknownMessage, unknownChecks) = await FailedSignInAsync(app, hasher, "nobody-here", "Wrong-Guess-123");
        var (wrongMessage, wrongChecks) = await FailedSignInAsync(app, hasher, "real-editor", "Wrong-Guess-123");
        var (lockedMessage, lockedChecks) = await FailedSignInAsync(app, hasher, "guessed-editor", AccountsApp.UserPassword);

        Assert.Equal(PasswordSignIn.FailedMessage, unknownMessage);
        Assert.Equal(unknownMessage, wrongMessage);
        Assert.Equal(unknownMessage, lockedMessage);
        Assert.Equal((1, 1, 1), (unknownChecks, wrongChecks, lockedChecks));
    }

    private static async Task<(string Message, int HashChecks)> FailedSignInAsync(AccountsApp app, CountingHasher hasher, string userName, string password)
    {
        using var browser = app.Browser();
        var before = hasher.Checks;
        using var response = await AccountsApp.PostSignInAsync(browser, userName, password);
        var checks = hasher.Checks - before;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("locked", page, StringComparison.OrdinalIgnoreCase);
        var error = ErrorAlert().Match(page);
        Assert.True(error.Success, "The sign-in page shows an error.");
        return (WebUtility.HtmlDecode(Tags().Replace(error.Groups[1].Value, "")).Trim(), checks);
    }

    [GeneratedRegex("data-testid=\"signin-error\".*?mud-alert-message[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorAlert();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
