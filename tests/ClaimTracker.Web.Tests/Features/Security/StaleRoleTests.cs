using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.Articles;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// A page keeps the principal it signed in with; every write and admin action asks the store again, so a demotion,
/// a password reset or a deletion bites at the next write, whatever the open page still believes.
/// </summary>
public sealed class StaleRoleTests : IClassFixture<StaleRoleTests.App>
{
    private const string Article = """
        Stale role report

        About 3,000 troops were moved to the river, the ministry said on Monday.
        """;

    private readonly AccountsApp host;

    public StaleRoleTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var name in new[] { "demoted-editor", "reset-editor", "gone-editor", "demoted-admin", "watched-editor" })
            {
                await Host.CreateUserAsync(name, name.EndsWith("admin", StringComparison.Ordinal) ? AccountRoles.Admin : AccountRoles.Editor);
            }
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private UserAccounts Accounts => host.Services.GetRequiredService<UserAccounts>();

    private IDbContextFactory<ClaimTrackerDb> Store => host.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>();

    [Fact]
    public async Task An_editor_demoted_while_their_page_is_open_can_no_longer_ingest_correct_curate_or_delete()
    {
        var openPage = await host.SignInPrincipalAsync("demoted-editor");
        var demoted = await Accounts.SetRoleAsync(AccountsApp.Admin(), await host.UserIdAsync("demoted-editor"), AccountRoles.Analyst);
        Assert.True(demoted.Succeeded, demoted.Message);
        var expected = AccountStanding.RoleChangedMessage(AccountRoles.Analyst, WriteAccess.RefusedMessage);

        var ingest = await host.Services.GetRequiredService<IngestService>().IngestAsync(new IngestRequest { Text = Article }, openPage);
        var source = await host.Services.GetRequiredService<SourceCuration>().AddAsync(new SourceDraft { Name = "Stale Role Office" }, openPage);
        int claimId;
        int articleId;
        int version;
        ClaimEdit edit;
        await using (var db = await Store.CreateDbContextAsync())
        {
            var claim = await db.Claims.OrderBy(c => c.Id).FirstAsync();
            (claimId, articleId, version, edit) = (claim.Id, claim.ArticleId, claim.Version, ClaimEdit.From(claim));
        }
        edit.Subject = "written by a demoted editor";
        var correction = await host.Services.GetRequiredService<ClaimCorrection>().SaveAsync(claimId, version, edit, openPage);
        var deletion = await host.Services.GetRequiredService<ArticleDeletion>().DeleteAsync(articleId, openPage);

        Assert.Equal((IngestOutcome.Forbidden, expected), (ingest.Outcome, ingest.Message));
        Assert.Equal((false, expected), (source.Succeeded, source.Message));
        Assert.Equal((ClaimSaveOutcome.Forbidden, expected), (correction.Outcome, correction.Message));
        Assert.Equal(new ArticleDeletionResult(ArticleDeletionOutcome.Refused, expected), deletion);
        Assert.Contains("Your role is now Analyst", expected, StringComparison.Ordinal);
        await using var after = await Store.CreateDbContextAsync();
        Assert.False(await after.Articles.AnyAsync(a => a.Title == "Stale role report"));
        Assert.False(await after.Sources.AnyAsync(s => s.Name == "Stale Role Office"));
        Assert.Equal(version, await after.Claims.Where(c => c.Id == claimId).Select(c => c.Version).SingleAsync());
        Assert.True(await after.Articles.AnyAsync(a => a.Id == articleId));
    }

    [Fact]
    public async Task An_admin_demoted_to_editor_cannot_make_themselves_admin_again_from_their_open_users_page()
    {
        var openPage = await host.SignInPrincipalAsync("demoted-admin");
        var selfId = await host.UserIdAsync("demoted-admin");
        Assert.True((await Accounts.SetRoleAsync(AccountsApp.Admin(), selfId, AccountRoles.Editor)).Succeeded);

        var again = await Accounts.SetRoleAsync(openPage, selfId, AccountRoles.Admin);
        var created = await Accounts.CreateAsync(openPage, "sneaky-admin", AccountRoles.Admin, AccountsApp.UserPassword);

        Assert.False(again.Succeeded);
        Assert.Equal(AccountStanding.RoleChangedMessage(AccountRoles.Editor, UserAccounts.RefusedMessage), again.Message);
        Assert.False(created.Succeeded);
        var listed = await Accounts.ListAsync();
        Assert.Equal(AccountRoles.Editor, listed.Single(u => u.UserName == "demoted-admin").Role);
        Assert.DoesNotContain(listed, u => u.UserName == "sneaky-admin");
    }

    [Fact]
    public async Task A_password_reset_or_a_deletion_refuses_the_writes_of_a_page_opened_before_it()
    {
        var resetPage = await host.SignInPrincipalAsync("reset-editor");
        var gonePage = await host.SignInPrincipalAsync("gone-editor");
        var curation = host.Services.GetRequiredService<SourceCuration>();
        Assert.True((await Accounts.ResetPasswordAsync(AccountsApp.Admin(), await host.UserIdAsync("reset-editor"))).Succeeded);
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByNameAsync("gone-editor"))!)).Succeeded);
        }

        var afterReset = await curation.AddAsync(new SourceDraft { Name = "Reset Office" }, resetPage);
        var afterDeletion = await curation.AddAsync(new SourceDraft { Name = "Gone Office" }, gonePage);
        // A fresh sign-in of the reset user writes again: the refusal is about the old session, not the account.
        var fresh = await curation.AddAsync(new SourceDraft { Name = "Fresh Office" }, await host.SignInPrincipalAsync("reset-editor"));

        Assert.Equal((false, AccountStanding.StaleMessage), (afterReset.Succeeded, afterReset.Message));
        Assert.Equal((false, AccountStanding.GoneMessage), (afterDeletion.Succeeded, afterDeletion.Message));
        Assert.True(fresh.Succeeded, fresh.Message);
    }

    [Fact]
    public async Task The_circuit_check_fails_after_a_role_change_or_reset_and_holds_otherwise()
    {
        var before = await host.SignInPrincipalAsync("watched-editor");
        var id = await host.UserIdAsync("watched-editor");

        Assert.True(await AccountStanding.IsCurrentAsync(Store, before));
        Assert.True((await Accounts.SetRoleAsync(AccountsApp.Admin(), id, AccountRoles.Admin)).Succeeded);
        Assert.False(await AccountStanding.IsCurrentAsync(Store, before));

        var promoted = await host.SignInPrincipalAsync("watched-editor");
        Assert.True(await AccountStanding.IsCurrentAsync(Store, promoted));
        Assert.True((await Accounts.ResetPasswordAsync(AccountsApp.Admin(), id)).Succeeded);
        Assert.False(await AccountStanding.IsCurrentAsync(Store, promoted));
    }

    [Fact]
    public async Task An_account_read_by_this_requests_token_stands_in_for_the_store_only_for_its_own_user()
    {
        await host.CreateUserAsync("token-editor", AccountRoles.Editor);
        var principal = await host.SignInPrincipalAsync("token-editor");
        var id = await host.UserIdAsync("token-editor");
        var stamp = principal.FindFirst(AccountStanding.SecurityStampClaimType)?.Value;

        // Read as an analyst moments ago: that read decides, though the store (not asked again) says Editor.
        var demotedThisRequest = await WriteAccess.RefuseAsync(Store, principal, new StoredAccount(id, "token-editor", stamp, [AccountRoles.Analyst]));
        // Someone else's account is no evidence about this user: the store is read, and says Editor.
        var someoneElse = await WriteAccess.RefuseAsync(Store, principal, new StoredAccount("another-user", "x", stamp, [AccountRoles.Analyst]));
        var asRead = await WriteAccess.RefuseAsync(Store, principal, new StoredAccount(id, "token-editor", stamp, [AccountRoles.Editor]));

        Assert.Equal(AccountStanding.RoleChangedMessage(AccountRoles.Analyst, WriteAccess.RefusedMessage), demotedThisRequest);
        Assert.Null(someoneElse);
        Assert.Null(asRead);
    }
}
