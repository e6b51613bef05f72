using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

public sealed partial class AdminBootstrapTests
{
    [Fact]
    public async Task A_configured_admin_password_signs_in_through_the_form_and_opens_the_ingest_page()
    {
        using var app = new AccountsApp();
        using var browser = app.Browser();

        using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", AccountsApp.AdminPassword, returnUrl: "/ingest");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/ingest", signIn.Headers.Location?.PathAndQueryOrOriginal());
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ClaimTracker.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var ingest = await browser.GetAsync("/ingest");
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        Assert.Contains("Ingest articles", await ingest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("one-time password", app.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        using var app = new AccountsApp();
        using var browser = app.Browser();

        using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Wrong user name or password.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ClaimTracker.Auth=", StringComparison.Ordinal)));
        using var ingest = await browser.GetAsync("/ingest");
        Assert.Equal(HttpStatusCode.Redirect, ingest.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_password_a_generated_one_is_logged_once_works_and_is_not_logged_on_the_next_start()
    {
        var folder = TempStore.NewFolder();
        var noPassword = new Dictionary<string, string?>();
        try
        {
            string password;
            using (var first = new AccountsApp(noPassword, folder))
            {
                using var browser = first.Browser();
                var matches = GeneratedPassword().Matches(first.ReadLog());
                var logged = Assert.Single(matches);
                Assert.Equal("admin", logged.Groups["user"].Value);
                password = logged.Groups["password"].Value;
                Assert.True(password.Length >= 16);

                using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", password);
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
                using var scope = first.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
                var admin = Assert.Single(await users.Users.ToListAsync());
                Assert.True(await users.IsInRoleAsync(admin, AccountRoles.Admin));
            }

            using (var second = new AccountsApp(noPassword, folder))
            {
                using var browser = second.Browser();
                Assert.Single(GeneratedPassword().Matches(second.ReadLog()));
                using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", password);
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
                using var scope = second.Services.CreateScope();
                Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users.CountAsync());
            }
        }
        finally
        {
            TempStore.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task The_configured_admin_user_name_is_used()
    {
        using var app = new AccountsApp(new Dictionary<string, string?> { ["Auth:AdminUser"] = "chief", ["Auth:AdminPassword"] = AccountsApp.AdminPassword });
        using var browser = app.Browser();

        using var signIn = await AccountsApp.PostSignInAsync(browser, "chief", AccountsApp.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [GeneratedRegex("admin account (?<user>\\S+) was created with the one-time password (?<password>[A-Za-z0-9]+)")]
    private static partial Regex GeneratedPassword();
}
