using System.Net;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Security;

public sealed class SecurityHeadersTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/api/articles")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/no-such-page")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[0-9a-f]{32}';", csp);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost wss://localhost", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_script_nonce_is_new_for_every_response_and_marks_only_the_import_map()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");
        var nonce = System.Text.RegularExpressions.Regex.Match(Header(first, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;

        var html = await first.Content.ReadAsStringAsync();
        Assert.NotEqual(Header(first, "Content-Security-Policy"), Header(second, "Content-Security-Policy"));
        Assert.Matches($"<script[^>]*(type=\"importmap\"[^>]*nonce=\"{System.Text.RegularExpressions.Regex.Escape(nonce)}\"|nonce=\"{System.Text.RegularExpressions.Regex.Escape(nonce)}\"[^>]*type=\"importmap\")", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "nonce="));
    }

    [Fact]
    public async Task A_crashing_request_still_carries_the_headers()
    {
        await using var broken = new ClaimTrackerAppFactory();
        using var client = broken.CreateClient();
        await using (var db = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ClaimTracker.Store.Data.ClaimTrackerDb>>(broken.Services).CreateDbContextAsync())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DROP TABLE Claims");
        }

        using var response = await client.GetAsync("/api/claims");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_form_post_without_an_antiforgery_token_is_refused()
    {
        using var client = app.CreateClient();
        using var form = new FormUrlEncodedContent([new("subject", "x")]);

        using var response = await client.PostAsync("/", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
