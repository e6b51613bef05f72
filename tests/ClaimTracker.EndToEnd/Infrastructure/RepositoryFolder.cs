namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>Locates folders of the repository from the test binaries, wherever the clone lives.</summary>
internal static class RepositoryFolder
{
    /// <summary>The repository's seeds/ folder (the one holding manifest.json).</summary>
    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No seeds/manifest.json found in any folder above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
