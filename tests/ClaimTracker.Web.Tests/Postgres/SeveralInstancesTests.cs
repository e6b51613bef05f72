using System.Net;
using System.Text.Json;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly string connectionString = TestPostgres.CreateDatabase();

    [Fact]
    public async Task Two_instances_start_together_and_accept_each_others_sign_in_cookie()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:AdminPassword"] = AccountsApp.AdminPassword,
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ClaimTracker"] = connectionString,
        };
        using var first = new AccountsApp(settings);
        using var second = new AccountsApp(settings);
        // Both migrate, seed and create the first admin at the same moment: they must take turns, not collide.
        await Task.WhenAll(Task.Run(() => first.CreateClient().Dispose()), Task.Run(() => second.CreateClient().Dispose()));

        using var browser = first.Browser();
        using var signIn = await AccountsApp.PostSignInAsync(browser, "admin", AccountsApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ClaimTracker.Auth=", StringComparison.Ordinal));

        using var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var me = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.Equal("admin", body.RootElement.GetProperty("userName").GetString());
        await using var db = await second.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Users.CountAsync());
    }

    public void Dispose() => TestPostgres.DropDatabase(connectionString);
}
