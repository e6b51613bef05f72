using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a fresh SQLite file in its own temp folder (database and logs), seeded from the repo's
/// <c>seeds/</c>. Use as a class fixture: one store per test class. Use <see cref="Over"/> to start the same store twice.
/// </summary>
public class ClaimTrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsFolder;
    private readonly string seedsFolder;

    public ClaimTrackerAppFactory()
        : this(TempStore.NewFolder(), ownsFolder: true, RepositoryFolders.Seeds)
    {
    }

    private ClaimTrackerAppFactory(string dataFolder, bool ownsFolder, string seedsFolder)
    {
        DataFolder = dataFolder;
        this.ownsFolder = ownsFolder;
        this.seedsFolder = seedsFolder;
    }

    /// <summary>The first admin's password (Auth:AdminPassword), for tests that open editor pages.</summary>
    public const string AdminPassword = "Factory-Ledger-Key-1";

    public string DataFolder { get; }

    /// <summary>An app over an existing data folder, left in place on dispose (to start the same store twice), seeded from <paramref name="seedsFolder"/> (default: the repo's).</summary>
    public static ClaimTrackerAppFactory Over(string dataFolder, string? seedsFolder = null) => new(dataFolder, ownsFolder: false, seedsFolder ?? RepositoryFolders.Seeds);

    public string DatabasePath => Path.Combine(DataFolder, "claimtracker.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:ClaimTracker", TempStore.ConnectionStringFor(DatabasePath));
        builder.UseSetting("Seeds:Path", seedsFolder);
        builder.UseSetting("Auth:AdminPassword", AdminPassword);
        // One in-memory address for every client, and many more sign-ins than a person makes (see RateLimitTests).
        builder.UseSetting("RateLimits:SignInPermits", "100000");
        builder.UseSetting("RateLimits:TokenWritePermits", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            TempStore.DeleteFolder(DataFolder);
        }
    }
}
