using System.Net;
using System.Net.Http.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// An admin's lock (unlike the lockout after wrong passwords) stops everything: the password, the API tokens and the
/// pages already open; unlocking gives it all back.
/// </summary>
public sealed class AdminLockTests : IClassFixture<AdminLockTests.App>
{
    private readonly AccountsApp host;

    public AdminLockTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public Task InitializeAsync() => Host.CreateUserAsync("lockable-editor", AccountRoles.Editor);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private UserAccounts Accounts => host.Services.GetRequiredService<UserAccounts>();

    [Fact]
    public async Task A_locked_user_loses_password_token_and_open_pages_until_unlocked()
    {
        var id = await host.UserIdAsync("lockable-editor");
        using var script = host.Script(await host.CreateTokenAsync("lockable-editor"));
        var openPage = await host.SignInPrincipalAsync("lockable-editor");
        var store = host.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();

        var locked = await Accounts.SetLockedAsync(AccountsApp.Admin(), id, locked: true);

        Assert.True(locked.Succeeded, locked.Message);
        Assert.True((await Accounts.ListAsync()).Single(u => u.UserName == "lockable-editor") is { LockedOut: true, LockedByAdmin: true });
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        var write = await host.Services.GetRequiredService<SourceCuration>().AddAsync(new SourceDraft { Name = "Locked Bureau" }, openPage);
        Assert.Equal((false, AccountStanding.StaleMessage), (write.Succeeded, write.Message));
        Assert.False(await AccountStanding.IsCurrentAsync(store, openPage));
        using (var browser = host.Browser())
        {
            using var signIn = await AccountsApp.PostSignInAsync(browser, "lockable-editor", AccountsApp.UserPassword);
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains(PasswordSignIn.FailedMessage, await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var unlocked = await Accounts.SetLockedAsync(AccountsApp.Admin(), id, locked: false);

        Assert.True(unlocked.Succeeded, unlocked.Message);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
        Assert.False((await Accounts.ListAsync()).Single(u => u.UserName == "lockable-editor").LockedOut);

        // A password reset (which otherwise ends a lockout) does not lift an admin's lock.
        Assert.True((await Accounts.SetLockedAsync(AccountsApp.Admin(), id, locked: true)).Succeeded);
        Assert.True((await Accounts.ResetPasswordAsync(AccountsApp.Admin(), id)).Succeeded);
        Assert.True((await Accounts.ListAsync()).Single(u => u.UserName == "lockable-editor").LockedByAdmin);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Admins_cannot_lock_themselves_and_editors_cannot_lock_anyone()
    {
        var adminId = await host.UserIdAsync("admin");
        var self = await Accounts.SetLockedAsync(await host.SignInPrincipalAsync("admin"), adminId, locked: true);
        var byEditor = await Accounts.SetLockedAsync(await host.SignInPrincipalAsync("lockable-editor"), adminId, locked: true);

        Assert.Equal((false, "You cannot lock your own account."), (self.Succeeded, self.Message));
        Assert.Equal((false, UserAccounts.RefusedMessage), (byEditor.Succeeded, byEditor.Message));
        using var admin = host.Script(await host.CreateTokenAsync("admin"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
        Assert.Contains((await admin.GetFromJsonAsync<List<UserSummary>>("/api/users"))!, u => u.UserName == "admin" && !u.LockedOut);
    }
}
