using System.Security.Claims;
using Claim = System.Security.Claims.Claim;
using System.Text.RegularExpressions;
using ClaimTracker.EndToEnd.Infrastructure;
using ClaimTracker.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Accounts;

[Collection(BrowserTests.Name)]
public sealed partial class OneTimePasswordTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_user_with_a_generated_password_chooses_their_own_before_anything_else_and_then_goes_on()
    {
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AccountRoles.Admin)], authenticationType: "Test"));
        var created = await fixture.Server.Services.GetRequiredService<UserAccounts>()
            .CreateAsync(admin, "newcomer", AccountRoles.Editor, password: null);
        Assert.True(created.Succeeded, created.Message);
        var page = await fixture.OpenPageAsync();

        await page.GotoAsync("/ingest");
        await page.Locator("[data-testid=signin-user]").FillAsync("newcomer");
        await page.Locator("[data-testid=signin-password]").FillAsync(created.NewPassword!);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(PasswordPage());
        await Expect(page.Locator("[data-testid=password-one-time]")).ToContainTextAsync("You signed in with a one-time password");
        // A page that needs no sign-in starts an interactive session; the router still sends the user back.
        await page.GotoAsync("/no-such-page");
        await Expect(page).ToHaveURLAsync(PasswordPage());
        await page.GotoAsync("/sources");
        await Expect(page).ToHaveURLAsync(PasswordPage());
        await page.SaveScreenshotAsync("accounts-one-time-password");

        await page.Locator("#password-current").FillAsync(created.NewPassword!);
        await page.Locator("#password-new").FillAsync("Fresh-Own-Secret-1");
        await page.Locator("#password-confirm").FillAsync("Fresh-Own-Secret-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Expect(page.Locator("[data-testid=password-message]")).ToContainTextAsync("Your password is changed.");
        // Back to the page last asked for, then on to the rest in the same session.
        await page.Locator("[data-testid=password-continue]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sources$"));
        await Expect(page.Locator("[data-testid=source-table]")).ToBeVisibleAsync();
        await page.GotoInteractiveAsync("/ingest");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingest articles" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/password")]
    private static partial Regex PasswordPage();
}
