using ClaimTracker.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Accounts;

[Collection(BrowserTests.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_signs_in_through_the_form_and_reaches_the_ingest_page()
    {
        var page = await fixture.OpenPageAsync();
        await page.GotoAsync("/ingest");
        // Strangers are sent to the sign-in form, which brings them back afterwards.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Fingest"));

        await page.Locator("[data-testid=signin-user]").FillAsync("admin");
        await page.Locator("[data-testid=signin-password]").FillAsync(ClaimTrackerServer.AdminPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ingest$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingest articles" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=ingest-text]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=nav-ingest]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=account-name]")).ToContainTextAsync("admin");
        await page.SaveScreenshotAsync("accounts-admin-ingest");

        await page.Locator("[data-testid=signout-button]").ClickAsync();
        await Expect(page.Locator("[data-testid=signed-out]")).ToBeVisibleAsync();
        await page.GotoAsync("/ingest");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_visitor_on_the_form_with_a_message()
    {
        var page = await fixture.OpenPageAsync();
        await page.GotoAsync("/account/signin");

        await page.Locator("[data-testid=signin-user]").FillAsync("admin");
        await page.Locator("[data-testid=signin-password]").FillAsync("not-the-password");
        await page.Locator("[data-testid=signin-submit]").ClickAsync();

        await Expect(page.Locator("[data-testid=signin-error]")).ToContainTextAsync("Wrong user name or password");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }

    [Fact]
    public async Task An_anonymous_visitor_reads_the_comparison_without_any_write_controls()
    {
        var page = await fixture.OpenPageAsync();
        await page.GotoInteractiveAsync("/");

        await Expect(page.Locator("[data-testid=claim-figure]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=edit-claim]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=nav-ingest]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=signin-link]")).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/sources");
        await Expect(page.Locator("[data-testid=source-table]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=source-add]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=source-edit]")).ToHaveCountAsync(0);
    }
}
