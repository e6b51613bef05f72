namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>The browser tests share one app and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
