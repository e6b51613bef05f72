using System.Net;
using System.Net.Http.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Hosting;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// Sign-ins and token writes are limited per client address, with the production defaults here (the other suites
/// raise the limit); the lockout after wrong passwords guards the password only and never stops a valid token.
/// </summary>
public sealed class RateLimitTests
{
    private static Dictionary<string, string?> ProductionLimits(int tokenWritePermits = RateLimitSettings.DefaultTokenWritePermits) => new()
    {
        ["Auth:AdminPassword"] = AccountsApp.AdminPassword,
        ["RateLimits:SignInPermits"] = RateLimitSettings.DefaultSignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignInWindowSeconds"] = RateLimitSettings.DefaultSignInWindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:TokenWritePermits"] = tokenWritePermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Thirty_sign_in_attempts_from_one_client_get_429_with_retry_after()
    {
        using var app = new AccountsApp(ProductionLimits());
        using var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;

        for (var i = 0; i < 30; i++)
        {
            var response = await AccountsApp.PostSignInAsync(browser, $"guess-{i}", "Not-The-Password-1");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        // The window's permits answer with the form, the next attempt is turned away, and so is the rest of the burst
        // (at least half of it even if a slow machine lets the 60 s window roll over once).
        Assert.All(statuses.Take(RateLimitSettings.DefaultSignInPermits), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[RateLimitSettings.DefaultSignInPermits]);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 10, string.Join(", ", statuses));
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= RateLimitSettings.DefaultSignInWindowSeconds },
            $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Contains(RateLimitExtensions.SignInRefusedMessage, await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Rate limit: refused a sign-in", app.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_writes_past_the_limit_get_429_with_a_problem_body_and_reads_go_on()
    {
        using var app = new AccountsApp(ProductionLimits(tokenWritePermits: 2));
        using var script = app.Script(await app.CreateTokenAsync("admin"));

        using var first = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("limited-1") });
        using var second = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("limited-2") });
        using var third = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("limited-3") });
        using var read = await script.GetAsync("/api/me");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Contains(RateLimitExtensions.TokenWritesRefusedMessage, await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(third.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task An_account_locked_by_wrong_passwords_keeps_its_valid_api_token()
    {
        using var app = new AccountsApp();
        await app.CreateUserAsync("locked-editor", AccountRoles.Editor);
        using var script = app.Script(await app.CreateTokenAsync("locked-editor"));
        using var browser = app.Browser();
        for (var i = 0; i < 6; i++)
        {
            using var _ = await AccountsApp.PostSignInAsync(browser, "locked-editor", "Wrong-Guess-123");
        }
        using var correct = await AccountsApp.PostSignInAsync(browser, "locked-editor", AccountsApp.UserPassword);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode); // the form again, not the redirect of a sign-in: locked

        using var me = await script.GetAsync("/api/me");
        using var write = await script.PostAsJsonAsync("/api/articles", new { text = EditorClient.ArticleText("locked-token") });

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
    }
}
