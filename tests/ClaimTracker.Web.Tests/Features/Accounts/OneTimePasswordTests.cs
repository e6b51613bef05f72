using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>
/// A password the app generated (and so someone else has seen) must be replaced before the account does anything:
/// pages lead to the change-password page, the API answers 403 to the password's session, until the user chooses
/// their own password. API tokens are not held: none can be made with the one-time password itself.
/// </summary>
public sealed partial class OneTimePasswordTests
{
    private const string OwnPassword = "My-Own-Password-77";

    [Fact]
    public async Task The_first_admin_with_a_generated_password_is_held_at_the_password_page_until_it_is_changed()
    {
        using var app = new AccountsApp(new Dictionary<string, string?>());
        using var browser = app.Browser();
        var oneTime = GeneratedPassword().Match(app.ReadLog()).Groups["password"].Value;
        Assert.NotEmpty(oneTime);
        using var script = app.Script(await app.CreateTokenAsync("admin"));

        // Signing in leads straight to the change-password page, which says why.
        using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", oneTime, returnUrl: "/ingest");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/password?returnUrl=%2Fingest", signIn.Headers.Location?.PathAndQueryOrOriginal());
        var passwordPage = await browser.GetStringAsync("/account/password");
        Assert.Contains(OneTimePassword.Explanation, passwordPage, StringComparison.Ordinal);

        // Every other page leads back there; signing out stays possible.
        foreach (var path in new[] { "/ingest", "/", "/users", "/profile" })
        {
            using var page = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/password", page.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        }
        using (var signOut = await browser.GetAsync("/account/signout"))
        {
            Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
            Assert.Contains("signout-submit", await signOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The API refuses the password's session with a problem-details body saying what to do.
        await AssertRefusedAsync(await browser.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("cookie-before") }));
        await AssertRefusedAsync(await browser.GetAsync("/api/me"));
        // A token is not held: while the password is one-time only the operator's CLI can make one (the Profile page
        // that makes tokens is held above), and the operator already has the store in hand (docs/security.md).
        using (var post = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("token-before") }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        }
        Assert.True(await IsMarkedAsync(app, "admin"));

        using var changed = await AccountsApp.PostPasswordChangeAsync(browser, oneTime, OwnPassword);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var changedPage = await changed.Content.ReadAsStringAsync();
        Assert.Contains("Your password is changed.", changedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(OneTimePassword.Explanation, changedPage, StringComparison.Ordinal);
        Assert.False(await IsMarkedAsync(app, "admin"));

        // The same session goes on: pages open and the API writes, by cookie and by the token made before.
        foreach (var path in new[] { "/ingest", "/", "/users", "/profile" })
        {
            using var page = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        using (var post = await browser.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("cookie-after") }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        }
        using (var post = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("token-after") }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        }

        // The one-time password is spent; the chosen one signs in to the page asked for.
        using var again = app.Browser();
        using var withOld = await AccountsApp.PostSignInAsync(again, "admin", oneTime);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Contains("Wrong user name or password.", await withOld.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var withOwn = await AccountsApp.PostSignInAsync(again, "admin", OwnPassword, returnUrl: "/ingest");
        Assert.Equal("/ingest", withOwn.Headers.Location?.PathAndQueryOrOriginal());

        var log = app.ReadLog();
        Assert.Matches("(?i)User \"?admin\"? changed their password \\(replacing a one-time password: true\\)", log);
        Assert.DoesNotContain(OwnPassword, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_created_or_reset_without_a_typed_password_is_marked_and_one_with_a_typed_password_is_not()
    {
        using var app = new AccountsApp();
        var accounts = app.Services.GetRequiredService<UserAccounts>();

        var generated = await accounts.CreateAsync(AccountsApp.Admin(), "gen", AccountRoles.Editor, password: null);
        var typed = await accounts.CreateAsync(AccountsApp.Admin(), "typed", AccountRoles.Editor, AccountsApp.UserPassword);

        Assert.True(generated.Succeeded, generated.Message);
        Assert.True(typed.Succeeded, typed.Message);
        Assert.True(await IsMarkedAsync(app, "gen"));
        Assert.False(await IsMarkedAsync(app, "typed"));
        var listed = (await accounts.ListAsync()).ToDictionary(u => u.UserName);
        Assert.True(listed["gen"].MustChangePassword);
        Assert.False(listed["typed"].MustChangePassword);

        using var genBrowser = app.Browser();
        using var genSignIn = await AccountsApp.PostSignInAsync(genBrowser, "gen", generated.NewPassword!);
        Assert.Equal("/account/password", genSignIn.Headers.Location?.PathAndQueryOrOriginal());
        using var typedBrowser = app.Browser();
        using var typedSignIn = await AccountsApp.PostSignInAsync(typedBrowser, "typed", AccountsApp.UserPassword, returnUrl: "/ingest");
        Assert.Equal("/ingest", typedSignIn.Headers.Location?.PathAndQueryOrOriginal());
        using var typedIngest = await typedBrowser.GetAsync("/ingest");
        Assert.Equal(HttpStatusCode.OK, typedIngest.StatusCode);

        // An admin's reset hands out a generated password too, so it is one-time as well.
        var reset = await accounts.ResetPasswordAsync(AccountsApp.Admin(), await app.UserIdAsync("typed"));
        Assert.True(reset.Succeeded, reset.Message);
        Assert.True(await IsMarkedAsync(app, "typed"));
    }

    [Fact]
    public async Task A_user_created_through_the_api_without_a_password_is_held_in_the_browser_while_an_operators_token_works()
    {
        using var app = new AccountsApp();
        using var admin = app.Script(await app.CreateTokenAsync("admin"));
        using var created = await admin.PostAsJsonAsync("/api/users", new NewUser("scripted", AccountRoles.Editor, null));
        var body = await created.Content.ReadFromJsonAsync<NewUserResult>();
        // What `claimtracker tokens create scripted` does: the operator's token for the still-marked account.
        using var script = app.Script(await app.CreateTokenAsync("scripted"));
        using var browser = await app.SignedInBrowserAsync("scripted", body!.GeneratedPassword!);

        await AssertRefusedAsync(await browser.GetAsync("/api/me"));
        using (var profile = await browser.GetAsync("/profile"))
        {
            // Where tokens are made: held too, so the one-time password alone never yields a token.
            Assert.StartsWith(OneTimePassword.PagePath, profile.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        }
        using (var me = await script.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("scripted", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.True(await IsMarkedAsync(app, "scripted"));

        using var changed = await AccountsApp.PostPasswordChangeAsync(browser, body.GeneratedPassword!, OwnPassword);
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var meAfter = await browser.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, meAfter.StatusCode);
    }

    [Fact]
    public async Task An_admin_with_the_configured_password_is_not_marked_and_works_at_once()
    {
        using var app = new AccountsApp();
        using var browser = app.Browser();

        using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", AccountsApp.AdminPassword);

        Assert.Equal("/", signIn.Headers.Location?.PathAndQueryOrOriginal());
        Assert.False(await IsMarkedAsync(app, "admin"));
        using var me = await browser.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var password = await browser.GetStringAsync("/account/password");
        Assert.DoesNotContain(OneTimePassword.Explanation, password, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_password_must_differ_from_the_one_time_password_and_the_mark_stays_until_it_does()
    {
        using var app = new AccountsApp(new Dictionary<string, string?>());
        using var browser = app.Browser();
        var oneTime = GeneratedPassword().Match(app.ReadLog()).Groups["password"].Value;
        using (var signIn = await AccountsApp.PostSignInAsync(browser, "admin", oneTime))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var same = await AccountsApp.PostPasswordChangeAsync(browser, oneTime, oneTime);

        Assert.Contains("differs from the current one", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await IsMarkedAsync(app, "admin"));
        using var ingest = await browser.GetAsync("/ingest");
        Assert.Equal(HttpStatusCode.Redirect, ingest.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(403, problem.GetProperty("status").GetInt32());
            Assert.Equal(OneTimePassword.ApiRefusal, problem.GetProperty("title").GetString());
            Assert.Contains("/account/password", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    private static async Task<bool> IsMarkedAsync(AccountsApp app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.NotNull(user);
        return (await users.GetClaimsAsync(user)).Any(c => c.Type == OneTimePassword.ClaimType);
    }

    [GeneratedRegex("was created with the one-time password (?<password>[A-Za-z0-9]+)")]
    private static partial Regex GeneratedPassword();
}
