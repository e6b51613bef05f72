using System.Globalization;
using System.Text;
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

    [Fact]
    public async Task A_batch_copied_into_the_store_has_every_column_a_single_ingest_writes()
    {
        var ingest = app.Services.GetRequiredService<IngestService>();
        var request = new IngestRequest
        {
            FileName = "copied.txt",
            Content = Encoding.UTF8.GetBytes(
                "Pyongyang sends 12,345 troops to Russia\n\nNorth Korea has sent 12,345 troops to Russia, South Korea's spy agency said on Thursday. "
                + "Ukraine's HUR said 1,200 of them were killed or wounded by 4 November.\n"),
            Title = "Pyongyang sends troops",
            Outlet = "Yonhap",
            Author = "A. Reporter",
            Url = "https://example.org/pyongyang",
            PublishedAt = new DateOnly(2024, 11, 7),
            IngestedBy = "test",
        };
        var single = await ingest.IngestAsync(request);
        Assert.Equal(IngestOutcome.Saved, single.Outcome);
        var written = await RowsAsync(single.ArticleId!.Value);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync())
        {
            // Deleted, so the batch may store the same text again.
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == single.ArticleId));
            await db.SaveChangesAsync();
        }

        var copied = Assert.Single(await ingest.SaveBatchAsync(ingest.PrepareBatch([request])));

        Assert.Equal(IngestOutcome.Saved, copied.Outcome);
        Assert.NotEqual(single.ArticleId, copied.ArticleId);
        var rows = await RowsAsync(copied.ArticleId!.Value);
        Assert.True(rows.Count >= 4, string.Join("\n", rows)); // the article, two claims at least, a mention
        Assert.Equal(written, rows);
    }

    [Fact]
    public async Task After_a_folder_import_the_tables_it_filled_are_vacuumed_and_analyzed()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "analyzed.txt"),
            "Kyiv update\n\nUkraine's HUR said 3,000 North Korean soldiers were killed or wounded, the agency said on Monday.\n");

        await foreach (var file in app.Services.GetRequiredService<FolderImport>().ImportAsync(folder, "test"))
        {
            Assert.Equal(IngestOutcome.Saved, file.Result.Outcome);
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        var settled = await db.Database.SqlQueryRaw<string>(
            "SELECT relname AS \"Value\" FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL AND last_analyze IS NOT NULL").ToListAsync();
        Assert.Superset(new HashSet<string>(["Articles", "Claims", "ClaimMentions", "ComparisonCells"]), new HashSet<string>(settled));
    }

    /// <summary>The article's row and its claims' and mentions' rows, every column but the ids and the ingest time.</summary>
    private async Task<List<string>> RowsAsync(int articleId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT * FROM \"Articles\" WHERE \"Id\" = @id",
            "SELECT * FROM \"Claims\" WHERE \"ArticleId\" = @id ORDER BY \"Start\", \"Value\"",
            "SELECT m.* FROM \"ClaimMentions\" AS m JOIN \"Claims\" AS c ON c.\"Id\" = m.\"ClaimId\" WHERE c.\"ArticleId\" = @id ORDER BY m.\"Start\"",
        })
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = articleId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) is not ("Id" or "ArticleId" or "ClaimId" or "IngestedAt"))
                    .Select(i => reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))));
            }
        }
        return rows;
    }
}
