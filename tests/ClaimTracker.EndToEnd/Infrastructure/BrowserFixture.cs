using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>
/// One running app and one headless Chromium shared by every test of the browser collection:
/// starting them is the slow part, each test gets its own fresh browser context (cookies, storage) instead.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    // Generous: CI runs the other test projects beside this one on two cores, and a slow step is not a failure.
    private const float StepTimeout = 20_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ClaimTrackerServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched yet.");

    /// <summary>Screenshots land beside the test binaries, in screenshots/NAME.png.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var chromium = await ChromiumExecutable.FindAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A page in a fresh context whose relative URLs resolve against the running app.</summary>
    public async Task<IPage> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(StepTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in through the sign-in form (as the admin unless told otherwise), for tests that write.</summary>
    public async Task<IPage> OpenSignedInPageAsync(string userName = "admin", string password = ClaimTrackerServer.AdminPassword)
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/account/signin");
        await page.Locator("[data-testid=signin-user]").FillAsync(userName);
        await page.Locator("[data-testid=signin-password]").FillAsync(password);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
