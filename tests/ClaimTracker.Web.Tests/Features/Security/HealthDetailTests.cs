using System.Net;
using System.Text.Json;
using ClaimTracker.Web.Tests.Features.Accounts;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>Anonymous <c>GET /health</c> says only whether the app is healthy; the provider and counts are for admins.</summary>
public sealed class HealthDetailTests : IClassFixture<HealthDetailTests.App>
{
    private readonly AccountsApp host;

    public HealthDetailTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public Task InitializeAsync() => Host.CreateUserAsync("health-editor", ClaimTracker.Store.Accounts.AccountRoles.Editor);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task Strangers_and_editors_get_the_status_only()
    {
        using var anonymous = host.Browser();
        using var editor = await host.SignedInBrowserAsync("health-editor", AccountsApp.UserPassword);

        foreach (var client in new[] { anonymous, editor })
        {
            using var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            Assert.Equal(["status"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
            Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Admins_get_the_provider_and_the_counts()
    {
        using var admin = await host.SignedInBrowserAsync("admin", AccountsApp.AdminPassword);

        using var response = await admin.GetAsync("/health");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var store = json.RootElement.GetProperty("checks").GetProperty("store").GetProperty("data");
        Assert.Contains("Sqlite", store.GetProperty("provider").GetString(), StringComparison.Ordinal);
        Assert.True(store.GetProperty("articles").GetInt32() > 0);
        Assert.True(store.TryGetProperty("claims", out _));
    }
}
