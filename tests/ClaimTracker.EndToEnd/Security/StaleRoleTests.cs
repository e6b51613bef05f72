using System.Security.Claims;
using ClaimTracker.EndToEnd.Infrastructure;
using Claim = System.Security.Claims.Claim;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.EndToEnd.Security;

/// <summary>
/// A user demoted in one browser keeps their pages open in another: the next write from those pages is refused with
/// a message that says why, and nothing is stored.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StaleRoleTests(BrowserFixture fixture)
{
    private const string Password = "Amber-Falcon-Rises-7";

    private async Task CreateUserAsync(string userName, string role)
    {
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AccountRoles.Admin)], authenticationType: "Test"));
        var created = await fixture.Server.Services.GetRequiredService<UserAccounts>().CreateAsync(admin, userName, role, Password);
        Assert.True(created.Succeeded, created.Message);
    }

    private async Task<string> StoredRoleAsync(string userName)
    {
        var users = await fixture.Server.Services.GetRequiredService<UserAccounts>().ListAsync();
        return users.Single(u => u.UserName == userName).Role;
    }

    /// <summary>Picks <paramref name="role"/> in the role select of <paramref name="userName"/>'s row on the Users page.</summary>
    private static async Task ChooseRoleAsync(IPage page, string userName, string role)
    {
        var row = page.Locator("tr", new() { Has = page.Locator("[data-testid=user-name]", new() { HasTextString = userName }) });
        // The page disables its controls while a change and the list's reload run; a click then would open nothing.
        await Expect(row.Locator("[data-testid=user-reset]")).ToBeEnabledAsync();
        await row.Locator("[data-testid=user-role]").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(role, new() { Exact = true }).ClickAsync();
    }

    /// <summary>The admin, in their own browser, sets the role on the Users page and waits for the confirmation.</summary>
    private async Task DemoteAsync(string userName, string role)
    {
        var admin = await fixture.OpenSignedInPageAsync();
        await admin.GotoInteractiveAsync("/users");
        await ChooseRoleAsync(admin, userName, role);
        await Expect(admin.Locator(".mud-snackbar").Last).ToContainTextAsync($"{userName} is now {role}.");
        Assert.Equal(role, await StoredRoleAsync(userName));
    }

    [Fact]
    public async Task An_editor_demoted_in_another_browser_cannot_save_the_source_form_they_have_open()
    {
        await CreateUserAsync("stale-editor", AccountRoles.Editor);
        var editor = await fixture.OpenSignedInPageAsync("stale-editor", Password);
        await editor.GotoInteractiveAsync("/sources");
        await editor.Locator("[data-testid=source-add]").ClickAsync();
        await editor.Locator("#source-name").FillAsync("Stale Role Bureau");
        // The field commits on change (blur), which enables Save.
        await editor.Locator("#source-name").PressAsync("Tab");
        await Expect(editor.Locator("[data-testid=source-save]")).ToBeEnabledAsync();

        await DemoteAsync("stale-editor", AccountRoles.Analyst);
        await editor.Locator("[data-testid=source-save]").ClickAsync();

        var error = editor.Locator("[data-testid=source-error]");
        await Expect(error).ToContainTextAsync("Your role is now Analyst, so nothing was saved.");
        await Expect(error).ToContainTextAsync(WriteAccess.RefusedMessage);
        await editor.SaveScreenshotAsync("security-stale-editor-refused");
        var sources = await fixture.Server.Services.GetRequiredService<ClaimTracker.Web.Features.Sources.SourceCuration>().ListAsync();
        Assert.DoesNotContain(sources, s => s.Name == "Stale Role Bureau");
    }

    [Fact]
    public async Task An_admin_demoted_to_editor_cannot_make_themselves_admin_again_from_their_open_users_page()
    {
        await CreateUserAsync("stale-admin", AccountRoles.Admin);
        var stale = await fixture.OpenSignedInPageAsync("stale-admin", Password);
        await stale.GotoInteractiveAsync("/users");

        await DemoteAsync("stale-admin", AccountRoles.Editor);
        // The open page still lists them as Admin; any change re-reads the list, which then shows Editor.
        await ChooseRoleAsync(stale, "stale-admin", AccountRoles.Analyst);
        await Expect(stale.Locator(".mud-snackbar").Last).ToContainTextAsync("Your role is now Editor, so nothing was saved. Only admins can manage users.");
        await ChooseRoleAsync(stale, "stale-admin", AccountRoles.Admin);

        await Expect(stale.Locator(".mud-snackbar").Last).ToContainTextAsync("Your role is now Editor, so nothing was saved. Only admins can manage users.");
        await stale.SaveScreenshotAsync("security-stale-admin-refused");
        Assert.Equal(AccountRoles.Editor, await StoredRoleAsync("stale-admin"));
    }
}
