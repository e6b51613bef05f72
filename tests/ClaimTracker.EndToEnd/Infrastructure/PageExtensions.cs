using Microsoft.Playwright;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>Steps every browser test takes: open a page once the Blazor circuit is live, keep a screenshot.</summary>
internal static class PageExtensions
{
    // The layout carries data-interactive only once the component runs on a live circuit; before that,
    // prerendered buttons look clickable but their handlers are not attached yet.
    private const string InteractiveMarker = "[data-interactive]:not([data-interactive='false'])";

    public static async Task GotoInteractiveAsync(this IPage page, string relativeUrl)
    {
        var response = await page.GotoAsync(relativeUrl);
        Assert.True(response is { Ok: true }, $"GET {relativeUrl} answered {response?.Status}.");
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator(InteractiveMarker).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Saves a full-page screenshot as screenshots/NAME.png under the test output and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0, $"Screenshot {path} is empty.");
        return path;
    }
}
