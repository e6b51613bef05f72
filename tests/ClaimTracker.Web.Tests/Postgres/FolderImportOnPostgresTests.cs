using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Features.Sources;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Postgres;

/// <summary>The import's batch insert on a real PostgreSQL server: rows, mentions, proposed sources, duplicates.</summary>
public sealed class FolderImportOnPostgresTests(PostgresAppFactory app) : IClassFixture<PostgresAppFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-pg-batch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_folder_is_stored_in_batches_with_mentions_and_proposed_sources_and_duplicates_refused_one_by_one()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a-ethiopia.txt"), ProposedSourceTests.EthiopiaArticle);
        await File.WriteAllTextAsync(Path.Combine(folder, "b-ethiopia-again.txt"),
            ProposedSourceTests.EthiopiaArticle.Replace("140 people", "95 civilians", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "c-headline-repeat.txt"),
            "Pyongyang sends 12,345 troops to Russia\n\nNorth Korea has sent 12,345 troops to Russia, South Korea's spy agency said on Thursday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "d-copy-of-a.txt"), ProposedSourceTests.EthiopiaArticle);

        var results = new List<ImportedFile>();
        await foreach (var file in app.Services.GetRequiredService<FolderImport>().ImportAsync(folder, "test"))
        {
            results.Add(file);
        }

        Assert.Equal([IngestOutcome.Saved, IngestOutcome.Saved, IngestOutcome.Saved, IngestOutcome.Duplicate], results.Select(r => r.Result.Outcome));
        Assert.Equal(results[0].Result.ArticleId, results[3].Result.ExistingArticleId);
        Assert.Equal($"This article is already stored (article #{results[0].Result.ArticleId}).", results[3].Result.Message);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var ids = results.Take(3).Select(r => r.Result.ArticleId!.Value).ToList();
        var claims = await db.Claims.AsNoTracking().Include(c => c.Source).Include(c => c.Mentions).Where(c => ids.Contains(c.ArticleId)).ToListAsync();
        Assert.Equal(results.Take(3).Sum(r => r.Result.ClaimCount), claims.Count);
        var ministry = claims.Where(c => c.Source is { Status: SourceStatus.Proposed }).ToList();
        Assert.Equal(2, ministry.Count);
        Assert.Single(ministry.Select(c => c.SourceId).Distinct());
        var troops = Assert.Single(claims, c => c.Value == 12345);
        var mention = Assert.Single(troops.Mentions);
        var text = (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == troops.ArticleId)).Text;
        Assert.Equal("12,345", text[mention.Start..mention.End]);
        Assert.Equal(SourceStatus.Registered, troops.Source?.Status);
    }
}
