using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Ingest;

/// <summary>Folder imports go in batches (one transaction each) yet answer file by file as single ingests would.</summary>
public sealed class FolderImportBatchTests : IAsyncLifetime
{
    private TempStore store = null!;
    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-batch-").FullName;

    public async Task InitializeAsync() => store = await TempStore.CreateAsync();

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static string Article(int n) => $"""
        Pyongyang sends more troops, report {n}

        North Korea has sent {(1000 + n).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} troops to Russia, officials said on Monday.
        """;

    [Fact]
    public async Task More_files_than_a_batch_are_all_saved_in_name_order_and_duplicates_refused_one_by_one()
    {
        var ingest = store.Services.GetRequiredService<IngestService>();
        var stored = await ingest.IngestAsync(new IngestRequest { Text = Article(0) });
        var count = FolderImport.BatchSize + 10;
        for (var i = 1; i <= count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"a{i:D4}.txt"), Article(i));
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "b-already-stored.txt"), Article(0));
        await File.WriteAllTextAsync(Path.Combine(folder, "c-copy-of-a0001.txt"), Article(1));
        await File.WriteAllTextAsync(Path.Combine(folder, "d-empty.txt"), "");

        var results = new List<ImportedFile>();
        await foreach (var file in store.Services.GetRequiredService<FolderImport>().ImportAsync(folder, "test"))
        {
            results.Add(file);
        }

        Assert.Equal(FolderImport.ArticleFiles(folder).Select(Path.GetFileName), results.Select(r => r.FileName));
        Assert.All(results.Take(count), r => Assert.Equal(IngestOutcome.Saved, r.Result.Outcome));
        var first = results[0].Result.ArticleId;
        var again = results.Single(r => r.FileName == "b-already-stored.txt").Result;
        Assert.Equal((IngestOutcome.Duplicate, stored.ArticleId), (again.Outcome, again.ExistingArticleId));
        Assert.Equal($"This article is already stored (article #{stored.ArticleId}).", again.Message);
        var copy = results.Single(r => r.FileName == "c-copy-of-a0001.txt").Result;
        Assert.Equal((IngestOutcome.Duplicate, first), (copy.Outcome, copy.ExistingArticleId));
        Assert.Equal(IngestOutcome.Invalid, results.Single(r => r.FileName == "d-empty.txt").Result.Outcome);

        await using var db = await store.OpenAsync();
        Assert.Equal(count + 1, await db.Articles.CountAsync());
        var saved = results.Take(count).ToList();
        Assert.All(saved, r => Assert.True(r.Result.ClaimCount > 0));
        Assert.Equal(saved.Sum(r => r.Result.ClaimCount), await db.Claims.CountAsync(c => c.ArticleId != stored.ArticleId));
    }
}
