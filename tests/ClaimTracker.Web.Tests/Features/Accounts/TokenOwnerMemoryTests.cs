using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>
/// An API token's owner is kept for a short time by the app instance that read it (<see cref="RecentTokenOwners"/>), so
/// that a script's requests do not each read it again; a revoke, a role change or a lock made through the instance still
/// bites at the next request. The instances here keep owners for ten minutes, so only the forgetting can explain a refusal.
/// Every kind of account change has a test: each must pass through the store's save, where <see cref="AccountChangeWatch"/> forgets.
/// </summary>
public class TokenOwnerMemoryTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Fact]
    public async Task A_kept_owner_is_used_until_a_revoke_through_the_app_which_is_refused_at_once()
    {
        await using var keeping = Keeping("600");
        var (script, userId, tokenId) = await ScriptAsync(keeping);
        using (script)
        {
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
            // Revoked behind the app's back: the owner it read a moment ago still stands for the token.
            await RevokeInStoreAsync(tokenId);
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

            Assert.True(await keeping.Services.GetRequiredService<ApiTokens>().RevokeAsync(userId, tokenId));

            Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task A_role_change_or_an_admins_lock_bites_a_kept_tokens_next_request()
    {
        await using var keeping = Keeping("600");
        var (script, userId, _) = await ScriptAsync(keeping);
        using (script)
        {
            Assert.True((await script.GetFromJsonAsync<CurrentUser>("/api/me"))!.CanWrite);
            var accounts = keeping.Services.GetRequiredService<UserAccounts>();

            Assert.True((await accounts.SetRoleAsync(AccountsApp.Admin(), userId, AccountRoles.Analyst)).Succeeded);
            var who = await script.GetFromJsonAsync<CurrentUser>("/api/me");
            Assert.Equal((AccountRoles.Analyst, false), (who!.Role, who.CanWrite));

            Assert.True((await accounts.SetLockedAsync(AccountsApp.Admin(), userId, locked: true)).Succeeded);
            Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task A_password_changed_by_its_user_bites_a_kept_tokens_next_request_even_one_read_before_the_commit()
    {
        await using var keeping = Keeping("600");
        var (script, userId, _) = await ScriptAsync(keeping);
        using (script)
        {
            await using var scope = keeping.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            Assert.True((await users.AddPasswordAsync(user, FirstPassword)).Succeeded);
            Assert.Equal(HttpStatusCode.Created, await PostArticleAsync(script));

            // As the password page saves it: in a transaction of its own, with the one-time mark's removal.
            var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDb>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                Assert.True((await users.ChangePasswordAsync(user, FirstPassword, SecondPassword)).Succeeded);
                // Read between the save and its commit: the account as it was, which must not outlive the commit.
                Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
                await transaction.CommitAsync();
            }

            // A write checks the security stamp in the store: the owner kept from before the change would be refused.
            Assert.Equal(HttpStatusCode.Created, await PostArticleAsync(script));
        }
    }

    [Fact]
    public async Task An_admins_password_reset_bites_a_kept_tokens_next_request()
    {
        await using var keeping = Keeping("600");
        var (script, userId, _) = await ScriptAsync(keeping);
        using (script)
        {
            Assert.Equal(HttpStatusCode.Created, await PostArticleAsync(script));

            Assert.True((await keeping.Services.GetRequiredService<UserAccounts>().ResetPasswordAsync(AccountsApp.Admin(), userId)).Succeeded);

            Assert.Equal(HttpStatusCode.Created, await PostArticleAsync(script));
        }
    }

    [Fact]
    public async Task Deleting_the_user_bites_a_kept_tokens_next_request()
    {
        await using var keeping = Keeping("600");
        var (script, userId, _) = await ScriptAsync(keeping);
        using (script)
        {
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

            await using (var scope = keeping.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
                Assert.True((await users.DeleteAsync((await users.FindByIdAsync(userId))!)).Succeeded);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task With_no_lifetime_every_request_reads_the_token_from_the_store()
    {
        await using var reading = Keeping("0");
        var (script, _, tokenId) = await ScriptAsync(reading);
        using (script)
        {
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

            await RevokeInStoreAsync(tokenId);

            Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        }
    }

    private const string FirstPassword = "Quarry-Ledger-4821";
    private const string SecondPassword = "Harbour-Tally-9034";

    private static async Task<HttpStatusCode> PostArticleAsync(HttpClient script)
    {
        using var posted = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText($"owner-{Guid.NewGuid():N}") });
        return posted.StatusCode;
    }

    private WebApplicationFactory<Program> Keeping(string seconds) =>
        app.WithWebHostBuilder(b => b.UseSetting(RecentTokenOwners.LifetimeSetting, seconds));

    /// <summary>A new editor's script on <paramref name="instance"/>, with the editor's id and the token's.</summary>
    private async Task<(HttpClient Script, string UserId, int TokenId)> ScriptAsync(WebApplicationFactory<Program> instance)
    {
        var token = await EditorClient.TokenForAsync(app, AccountRoles.Editor);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Hash == ApiTokens.HashOf(token));
        var script = instance.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (script, row.UserId, row.Id);
    }

    private async Task RevokeInStoreAsync(int tokenId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        Assert.Equal(1, await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));
    }
}
