using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>
/// The real ClaimTracker web app on a free loopback port, with its own fresh SQLite file,
/// importing the repository's seeds on start exactly as a first run does.
/// </summary>
public sealed class ClaimTrackerServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder =
        Path.Combine(Path.GetTempPath(), "claimtracker-e2e", Guid.NewGuid().ToString("N"));

    public ClaimTrackerServer()
    {
        Directory.CreateDirectory(_dataFolder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        RootUri = new Uri(addresses.Addresses.First());
    }

    /// <summary>The first admin's password (Auth:AdminPassword), so tests that write can sign in.</summary>
    public const string AdminPassword = "E2e-Ledger-Key-1";

    /// <summary>Where the app listens, e.g. http://127.0.0.1:45123/.</summary>
    public Uri RootUri { get; }

    public string DatabasePath => Path.Combine(_dataFolder, "claimtracker.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Development serves static web assets (MudBlazor's _content, blazor.web.js) straight from the build output.
        builder.UseEnvironment("Development");
        // UseSetting rather than ConfigureAppConfiguration: Program reads these before the app is built.
        builder.UseSetting("ConnectionStrings:ClaimTracker", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seeds:Path", RepositoryFolder.Seeds);
        // Logs too, so a test run leaves nothing in the developer's own data folder.
        builder.UseSetting("DataFolder", _dataFolder);
        // Writes need an editor or admin; the write tests sign in as this admin (BrowserFixture.OpenSignedInPageAsync).
        builder.UseSetting("Auth:AdminPassword", AdminPassword);
        // Every browser context signs in from 127.0.0.1, far more often than a person would.
        builder.UseSetting("RateLimits:SignInPermits", "100000");
        // Open circuits are re-checked every 10 minutes instead of 30 s, so the stale-role tests see the write-time check
        // refuse, not a sign-out that a slow machine might let happen first.
        builder.UseSetting("Auth:RevalidationSeconds", "600");
        // The link and feed tests serve their pages from a loopback site; feeds are polled every two seconds.
        builder.UseSetting("Ingest:AllowPrivateAddresses", "true");
        builder.UseSetting("Feeds:PollSeconds", "2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open is not worth failing the run over; the folder is under temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
