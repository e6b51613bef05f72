namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryFolders
{
    /// <summary>The repo's <c>seeds/</c> (the folder holding manifest.json), found walking up from the test binaries.</summary>
    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"No seeds/manifest.json above {AppContext.BaseDirectory}.");
    }
}
