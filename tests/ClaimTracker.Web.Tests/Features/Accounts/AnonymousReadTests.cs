using System.Net;
using ClaimTracker.Web.Features.Accounts;

namespace ClaimTracker.Web.Tests.Features.Accounts;

public sealed class AnonymousReadTests
{
    [Fact]
    public async Task By_default_strangers_read_the_api_and_pages_but_api_me_wants_a_sign_in()
    {
        using var app = new AccountsApp();
        using var browser = app.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task With_AllowAnonymousRead_false_reading_needs_a_sign_in()
    {
        using var app = new AccountsApp(new Dictionary<string, string?>
        {
            ["Auth:AdminPassword"] = AccountsApp.AdminPassword,
            ["Auth:AllowAnonymousRead"] = "false",
        });
        await app.CreateUserAsync("reader", AccountRoles.Analyst);
        using var stranger = app.Browser();

        using var api = await stranger.GetAsync("/api/articles");
        using var page = await stranger.GetAsync("/articles");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/signin", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString.Split('?')[0]);
        // The way in stays open.
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/account/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/health")).StatusCode);

        using var reader = await app.SignedInBrowserAsync("reader", AccountsApp.UserPassword);
        using var script = app.Script(await app.CreateTokenAsync("reader"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/claims")).StatusCode);
    }
}
