using System.Text.RegularExpressions;
using ClaimTracker.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Api;

[Collection(BrowserTests.Name)]
public sealed class ApiDocsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_menu_opens_the_API_reference_which_renders_the_operations_under_the_app_CSP()
    {
        var page = await fixture.OpenPageAsync();
        var cspViolations = new List<string>();
        var foreignRequests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
        // Anything the page tries to load from elsewhere (a CDN, fonts, telemetry) fails on this machine, and would be a leak.
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.Server.RootUri.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreignRequests.Add(request.Url);
            }
        };

        await page.GotoInteractiveAsync("/");
        await page.Locator("[data-testid=nav-api-docs]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/api/docs/?$"));

        // Rendered by Scalar's script from /openapi/v1.json: the title, every tag, and the first tag's operations.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ClaimTracker API", Level = 1 })).ToBeVisibleAsync();
        var sidebar = page.GetByRole(AriaRole.Complementary);
        foreach (var tag in new[] { "Articles", "Claims", "Comparison", "Sources", "Exports", "Accounts", "Feeds" })
        {
            await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = tag, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "One article with its text and claims." })).ToBeVisibleAsync();
        // The token scheme is the one offered for trying requests.
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Bearer Token" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("api-docs");

        var csp = await page.EvaluateAsync<string>("async () => (await fetch(location.href)).headers.get('content-security-policy')");
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Empty(cspViolations);
        Assert.Empty(foreignRequests);
    }
}
