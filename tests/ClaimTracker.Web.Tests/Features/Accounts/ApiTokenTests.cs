using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Tests.Features.Accounts;

public sealed class ApiTokenTests : IClassFixture<ApiTokenTests.App>
{
    private readonly AccountsApp host;

    public ApiTokenTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    /// <summary>One app with an analyst account besides the configured admin.</summary>
    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public Task InitializeAsync() => Host.CreateUserAsync("reader", AccountRoles.Analyst);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private ApiTokens Tokens => host.Services.GetRequiredService<ApiTokens>();

    [Fact]
    public async Task A_token_signs_a_script_in_as_its_owner_with_their_role_until_it_is_revoked()
    {
        var userId = await host.UserIdAsync("admin");
        var created = await Tokens.CreateAsync(userId, "nightly export");
        using var script = host.Script(created.Token);

        using var me = await script.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var who = await me.Content.ReadFromJsonAsync<CurrentUser>();
        Assert.Equal(new CurrentUser("admin", AccountRoles.Admin, CanWrite: true, SignedInWith: "token"), who);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/users")).StatusCode);
        var listed = Assert.Single(await Tokens.ListAsync(userId), t => t.Id == created.Summary.Id);
        Assert.NotNull(listed.LastUsedAt);

        Assert.True(await Tokens.RevokeAsync(userId, created.Summary.Id));

        using var afterRevoke = await script.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        // Even a read that strangers may make is refused: the script must learn its token is dead.
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/articles")).StatusCode);
        Assert.True((await Tokens.ListAsync(userId)).Single(t => t.Id == created.Summary.Id).Revoked);
    }

    [Fact]
    public async Task An_analysts_token_reads_but_gets_403_where_admins_are_needed()
    {
        using var script = host.Script(await host.CreateTokenAsync("reader"));

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/articles")).StatusCode);
        var who = await script.GetFromJsonAsync<CurrentUser>("/api/me");
        Assert.Equal(("reader", AccountRoles.Analyst, false), (who!.UserName, who.Role, who.CanWrite));
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/users")).StatusCode);
    }

    [Theory]
    [InlineData("ct_aaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_token_gets_401_not_anonymous_access(string token)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_stored_only_as_its_sha256_hash()
    {
        var userId = await host.UserIdAsync("reader");
        var created = await Tokens.CreateAsync(userId, "hash check");

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            var row = await db.ApiTokens.SingleAsync(t => t.Id == created.Summary.Id);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(created.Token))), row.Hash);
            Assert.StartsWith(ApiTokens.TokenStart + row.Prefix + "_", created.Token, StringComparison.Ordinal);
            Assert.DoesNotContain(await db.ApiTokens.Select(t => t.Hash + t.Prefix + t.Name).ToListAsync(), v => v.Contains(created.Token, StringComparison.Ordinal));
        }

        // Nowhere in the database files (main file and write-ahead log) does the secret part appear.
        var secret = created.Token[(created.Token.LastIndexOf('_') + 1)..];
        foreach (var file in Directory.GetFiles(host.DataFolder, "claimtracker.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            Assert.DoesNotContain(secret, Encoding.Latin1.GetString(buffer.ToArray()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Users_can_only_revoke_their_own_tokens()
    {
        var adminId = await host.UserIdAsync("admin");
        var readerId = await host.UserIdAsync("reader");
        var adminToken = await Tokens.CreateAsync(adminId, "mine");

        Assert.False(await Tokens.RevokeAsync(readerId, adminToken.Summary.Id));

        using var script = host.Script(adminToken.Token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);
        Assert.DoesNotContain(await Tokens.ListAsync(readerId), t => t.Id == adminToken.Summary.Id);
    }

    [Fact]
    public async Task A_tokens_owner_read_in_one_statement_has_the_claims_Identitys_factory_gives()
    {
        // A user claim (the one-time password's mark) and a role claim, so every part of the factory's principal is there.
        await host.CreateUserAsync("claims-check", AccountRoles.Editor);
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            var user = (await users.FindByNameAsync("claims-check"))!;
            Assert.True((await users.SetEmailAsync(user, "claims@example.org")).Succeeded);
            Assert.True((await OneTimePassword.MarkAsync(users, user)).Succeeded);
            var editor = (await roles.FindByNameAsync(AccountRoles.Editor))!;
            Assert.True((await roles.AddClaimAsync(editor, new System.Security.Claims.Claim("claimtracker:test", "role claim"))).Succeeded);
        }
        var token = await host.CreateTokenAsync("claims-check");

        var owner = await Tokens.FindOwnerAsync(token);
        var factory = await host.SignInPrincipalAsync("claims-check");

        Assert.NotNull(owner);
        var options = host.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        Assert.Equal(
            factory.Claims.Select(c => (c.Type, c.Value)).Order(),
            owner.Claims(options).Select(c => (c.Type, c.Value)).Order());
        Assert.Contains(owner.Claims(options), c => c.Type == OneTimePassword.ClaimType);
        Assert.Contains(owner.Claims(options), c => c.Type == "claimtracker:test" && c.Value == "role claim");
        Assert.Contains(owner.Claims(options), c => c.Type == options.EmailClaimType && c.Value == "claims@example.org");
    }

    [Fact]
    public async Task A_role_change_or_an_admins_lock_bites_a_tokens_next_request()
    {
        await host.CreateUserAsync("demoted-script", AccountRoles.Editor);
        var userId = await host.UserIdAsync("demoted-script");
        using var script = host.Script(await host.CreateTokenAsync("demoted-script"));
        Assert.True((await script.GetFromJsonAsync<CurrentUser>("/api/me"))!.CanWrite);

        var accounts = host.Services.GetRequiredService<UserAccounts>();
        Assert.True((await accounts.SetRoleAsync(AccountsApp.Admin(), userId, AccountRoles.Analyst)).Succeeded);
        var who = await script.GetFromJsonAsync<CurrentUser>("/api/me");
        Assert.Equal((AccountRoles.Analyst, false), (who!.Role, who.CanWrite));

        Assert.True((await accounts.SetLockedAsync(AccountsApp.Admin(), userId, locked: true)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
    }
}
