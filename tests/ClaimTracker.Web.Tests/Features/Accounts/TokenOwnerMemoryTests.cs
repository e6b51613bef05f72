using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Accounts;

/// <summary>
/// An API token's owner is kept for a short time by the app instance that read it (<see cref="RecentTokenOwners"/>), so
/// that a script's requests do not each read it again; a revoke, a role change or a lock made through the instance still
/// bites at the next request. The instances here keep owners for ten minutes, so only the forgetting can explain a refusal.
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
