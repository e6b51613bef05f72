using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// First start: imports the founding articles in <c>seeds/</c> through the normal ingestion path. It runs while every
/// stored article came from the seeds, so a first start that was cut short finishes on the next one (seeds already
/// stored are refused as duplicates and skipped quietly); once anyone has ingested an article, it never runs again.
/// </summary>
public sealed partial class SeedImport(
    IDbContextFactory<ClaimTrackerDb> dbFactory,
    FolderImport folderImport,
    ILogger<SeedImport> logger)
{
    public const string IngestedBy = "seed";

    /// <returns>How many articles were saved.</returns>
    public async Task<int> ImportAsync(string? seedsFolder, CancellationToken cancellationToken = default)
    {
        int stored;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(a => a.IngestedBy != IngestedBy, cancellationToken))
            {
                return 0;
            }
            stored = await db.Articles.CountAsync(cancellationToken);
        }
        if (seedsFolder is null)
        {
            if (stored == 0)
            {
                LogNoSeeds();
            }
            return 0;
        }
        var saved = 0;
        await foreach (var file in folderImport.ImportAsync(seedsFolder, IngestedBy, cancellationToken: cancellationToken))
        {
            if (file.Result.Outcome == IngestOutcome.Saved)
            {
                saved++;
            }
            else if (!(file.Result.Outcome == IngestOutcome.Duplicate && stored > 0))
            {
                LogSeedRefused(file.FileName, file.Result.Outcome, file.Result.Message);
            }
        }
        if (saved > 0 || stored == 0)
        {
            LogSeeded(saved, seedsFolder, stored);
        }
        return saved;
    }

    /// <summary>
    /// <c>Seeds:Path</c> when configured (it must exist); otherwise the first folder <c>seeds</c> holding a
    /// manifest.json found walking up from <paramref name="startFolder"/>; null when there is none.
    /// </summary>
    public static string? FindSeedsFolder(string? configuredPath, string startFolder)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath, startFolder);
            return Directory.Exists(full)
                ? full
                : throw new InvalidOperationException($"Seeds:Path '{full}' does not exist. Point it at a folder of articles or remove the setting.");
        }
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, ArticleManifest.FileName)))
            {
                return candidate;
            }
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {ArticleCount} articles from {SeedsFolder} ({AlreadyStored} were already stored)")]
    private partial void LogSeeded(int articleCount, string seedsFolder, int alreadyStored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {FileName} not imported: {Outcome} ({Reason})")]
    private partial void LogSeedRefused(string fileName, IngestOutcome outcome, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and no seeds folder was found (set Seeds:Path); starting without articles")]
    private partial void LogNoSeeds();
}
