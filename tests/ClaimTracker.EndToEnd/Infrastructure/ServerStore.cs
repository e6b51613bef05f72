using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>
/// Reads and prepares the running app's own store, so tests compare the browser with what is really stored
/// instead of hard-coding what the extractor finds.
/// </summary>
internal static class ServerStore
{
    public static async Task<IReadOnlyList<Claim>> ClaimsOfAsync(this ClaimTrackerServer server, int articleId)
    {
        await using var db = await server.OpenStoreAsync();
        return await db.Claims.AsNoTracking().Include(c => c.Source)
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Start)
            .ToListAsync();
    }

    /// <summary>
    /// The stored articles that came from the repository's seeds/ (matched on the original text, stored exactly as
    /// received), leaving out whatever other tests of the collection uploaded.
    /// </summary>
    public static async Task<IReadOnlyList<StoredArticle>> SeedArticlesAsync(this ClaimTrackerServer server)
    {
        var seedTexts = Directory.GetFiles(RepositoryFolder.Seeds, "*.txt").Select(File.ReadAllText).ToHashSet();
        await using var db = await server.OpenStoreAsync();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        return [.. articles.Where(a => seedTexts.Contains(a.Original)).Select(a => new StoredArticle(a.Id, a.Title, a.Text, a.Original))];
    }

    public static async Task<StoredArticle> ArticleAsync(this ClaimTrackerServer server, int id)
    {
        await using var db = await server.OpenStoreAsync();
        return await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new StoredArticle(a.Id, a.Title, a.Text, a.Original))
            .SingleAsync();
    }

    public static async Task<int> ArticleCountAsync(this ClaimTrackerServer server)
    {
        await using var db = await server.OpenStoreAsync();
        return await db.Articles.CountAsync();
    }

    /// <summary>The first claim the seed import stored (seeds are imported before any test runs).</summary>
    public static async Task<Claim> FirstSeedClaimAsync(this ClaimTrackerServer server)
    {
        await using var db = await server.OpenStoreAsync();
        return await db.Claims.AsNoTracking().OrderBy(c => c.Id).FirstAsync();
    }

    public static async Task<IReadOnlyList<Source>> SourcesAsync(this ClaimTrackerServer server)
    {
        await using var db = await server.OpenStoreAsync();
        return await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
    }

    /// <summary>Stores a test article through the app's own ingestion (the path uploads take).</summary>
    public static async Task<int> IngestAsync(this ClaimTrackerServer server, string fileName)
    {
        var ingest = server.Services.GetRequiredService<IngestService>();
        var result = await ingest.IngestAsync(new IngestRequest
        {
            Content = TestArticle.Bytes(fileName),
            FileName = fileName,
            IngestedBy = "e2e",
        });
        return result switch
        {
            { Outcome: IngestOutcome.Saved, ArticleId: int id } => id,
            { Outcome: IngestOutcome.Duplicate, ExistingArticleId: int id } => id,
            _ => throw new InvalidOperationException($"Could not ingest {fileName}: {result.Outcome} {result.Message}"),
        };
    }

    private static Task<ClaimTrackerDb> OpenStoreAsync(this ClaimTrackerServer server) =>
        server.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
}
