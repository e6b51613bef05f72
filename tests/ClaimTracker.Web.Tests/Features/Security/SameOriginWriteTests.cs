using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// A page on another port of the same host is same-site: the SameSite cookie rides along with its form posts and
/// no-cors fetches. Cookie-signed API writes must therefore come from the app's own origin; token writes need not.
/// </summary>
public sealed class SameOriginWriteTests : IClassFixture<SameOriginWriteTests.App>
{
    private const string OtherPort = "http://localhost:8081";

    private readonly AccountsApp host;

    public SameOriginWriteTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        host = app.Host;
    }

    public sealed class App : IAsyncLifetime
    {
        public AccountsApp Host { get; } = new();

        public Task InitializeAsync() => Host.CreateUserAsync("origin-editor", AccountRoles.Editor);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private async Task<HttpClient> EditorBrowserFromAsync(string? origin, string? fetchSite = null)
    {
        var browser = await host.SignedInBrowserAsync("origin-editor", AccountsApp.UserPassword);
        browser.DefaultRequestHeaders.Remove("Origin");
        if (origin is not null)
        {
            browser.DefaultRequestHeaders.Add("Origin", origin);
        }
        if (fetchSite is not null)
        {
            browser.DefaultRequestHeaders.Add("Sec-Fetch-Site", fetchSite);
        }
        return browser;
    }

    [Fact]
    public async Task A_cross_origin_form_post_or_no_cors_fetch_with_the_editors_cookie_is_refused_and_stores_nothing()
    {
        using var otherPort = await EditorBrowserFromAsync(OtherPort, "same-site");
        using var oldBrowser = await EditorBrowserFromAsync(OtherPort);
        using var noHeaders = await EditorBrowserFromAsync(origin: null);

        // What an auto-submitting multipart form on the other port sends.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(EditorClient.ArticleText("cross-site-form")), "text" },
        };
        using var formPost = await otherPort.PostAsync("/api/articles", form);
        // A no-cors fetch can send text/plain only; the endpoint must refuse it before reading it.
        using var fetchPost = await oldBrowser.PostAsync("/api/articles", new StringContent(JsonSerializer.Serialize(new { text = EditorClient.ArticleText("cross-site-fetch") })));
        using var bare = await noHeaders.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("cross-site-bare") });

        foreach (var refused in new[] { formPost, fetchPost, bare })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains(SameOriginWrites.RefusedMessage, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var titles = await (await noHeaders.GetAsync("/api/articles?pageSize=1000")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("cross-site", titles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_apps_own_origin_and_bearer_tokens_from_anywhere_still_write()
    {
        using var ownOrigin = await EditorBrowserFromAsync("http://localhost");
        using var fetchMetadata = await EditorBrowserFromAsync(OtherPort, "same-origin");
        using var script = host.Script(await host.CreateTokenAsync("origin-editor"));
        script.DefaultRequestHeaders.Add("Origin", OtherPort);

        using var own = await ownOrigin.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("own-origin") });
        using var metadata = await fetchMetadata.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("fetch-metadata") });
        using var token = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("token-anywhere") });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Created, metadata.StatusCode);
        Assert.Equal(HttpStatusCode.Created, token.StatusCode);
    }
}
