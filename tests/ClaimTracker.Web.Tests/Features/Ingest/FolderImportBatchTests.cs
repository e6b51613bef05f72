using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Features.Sources;
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

    [Fact]
    public async Task An_article_the_extractor_fails_on_is_kept_without_claims_with_a_warning_and_its_batch_is_saved()
    {
        // No known input makes the extractor throw; the test's extraction step fails on one article as a defect would.
        var extractor = new ClaimTracker.Core.Claims.ClaimExtractor();
        var ingest = new IngestService(
            store.Services.GetRequiredService<IDbContextFactory<ClaimTracker.Store.Data.ClaimTrackerDb>>(),
            new ClaimTracker.Core.Articles.ArticleReader(), extractor, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestService>.Instance)
        {
            Extraction = (text, published, precision, token) => text.Contains("1,002 troops", StringComparison.Ordinal)
                ? throw new InvalidOperationException("a rule read past its sentence")
                : extractor.Extract(text, published, precision, token),
        };
        for (var i = 1; i <= 3; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"a{i}.txt"), Article(i));
        }

        var results = new List<ImportedFile>();
        await foreach (var file in new FolderImport(ingest).ImportAsync(folder, "test"))
        {
            results.Add(file);
        }

        Assert.Equal(["a1.txt", "a2.txt", "a3.txt"], results.Select(r => r.FileName));
        Assert.All(results, r => Assert.Equal(IngestOutcome.Saved, r.Result.Outcome));
        var failed = results[1].Result;
        Assert.Equal((0, IngestService.ExtractionFailedWarning), (failed.ClaimCount, failed.Warning));
        Assert.All([results[0].Result, results[2].Result], r => Assert.True(r.ClaimCount > 0 && r.Warning is null));
        await using var db = await store.OpenAsync();
        var kept = await db.Articles.SingleAsync(a => a.Id == failed.ArticleId);
        Assert.Equal(IngestService.ExtractionFailedWarning, kept.Warning);
        Assert.Contains("report 2", kept.Text, StringComparison.Ordinal);
        Assert.Equal(0, await db.Claims.CountAsync(c => c.ArticleId == failed.ArticleId));

        // A single ingest (paste, upload, API) answers the same: stored, no claims, the warning.
        var single = await ingest.IngestAsync(new IngestRequest { Text = Article(2).Replace("report 2", "report 2, again", StringComparison.Ordinal) });
        Assert.Equal((IngestOutcome.Saved, 0, IngestService.ExtractionFailedWarning), (single.Outcome, single.ClaimCount, single.Warning));
    }

    [Fact]
    public async Task A_batch_stores_the_same_rows_as_single_ingests_with_mentions_proposed_sources_and_a_counted_change()
    {
        // A headline repeating the body (a mention), an unregistered ministry named by two articles (one proposed
        // source, shared), a registered agency, and a plain figure.
        string[] texts =
        [
            Article(7),
            ProposedSourceTests.EthiopiaArticle,
            ProposedSourceTests.EthiopiaArticle.Replace("140 people", "95 civilians", StringComparison.Ordinal),
            "North Korea sends 10,000 troops to Russia\n\nNorth Korea has sent 10,000 troops to Russia, South Korea's spy agency said on Thursday.\n",
        ];
        for (var i = 0; i < texts.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i}.txt"), texts[i]);
        }
        var changes = store.Services.GetRequiredService<StoreChangeCounter>();
        var before = changes.Version;
        await foreach (var file in store.Services.GetRequiredService<FolderImport>().ImportAsync(folder, "test"))
        {
            Assert.Equal(IngestOutcome.Saved, file.Result.Outcome);
        }
        Assert.True(changes.Version > before, "A batch written without SaveChanges must still tell the comparison's cache the store changed.");

        await using var single = await TempStore.CreateAsync();
        var ingest = single.Services.GetRequiredService<IngestService>();
        for (var i = 0; i < texts.Length; i++)
        {
            var result = await ingest.IngestAsync(new IngestRequest { Content = await File.ReadAllBytesAsync(Path.Combine(folder, $"{i}.txt")), FileName = $"{i}.txt", IngestedBy = "test" });
            Assert.Equal(IngestOutcome.Saved, result.Outcome);
        }

        var batched = await RowsAsync(store);
        var one = await RowsAsync(single);
        Assert.Equal(one, batched);
        Assert.Contains(batched, row => row.Contains("mentions 1", StringComparison.Ordinal));
        Assert.Contains(batched, row => row.Contains("Proposed", StringComparison.Ordinal));
        Assert.Contains(batched, row => row.Contains("Registered", StringComparison.Ordinal));
    }

    /// <summary>Every stored article, claim and mention as text, without ids and times (which differ between two stores).</summary>
    private static async Task<List<string>> RowsAsync(TempStore from)
    {
        await using var db = await from.OpenAsync();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => $"{a.Title}|{a.Outlet}|{a.PublishedAt}|{a.PublishedPrecision}|{a.Format}|{a.ContentHash}|{a.IngestedBy}|{a.Text.Length}|{a.Original.Length}|{a.Warning}")
            .ToListAsync();
        var claims = await db.Claims.AsNoTracking().OrderBy(c => c.ArticleId).ThenBy(c => c.Start)
            .Select(c => $"{c.Subject}|{c.Metric}|{c.Value}|{c.Low}|{c.High}|{c.Qualifier}|{c.Status}|{c.Increment}|{c.AsOf}|{c.AsOfPrecision}|{c.Quote}|{c.Start}|{c.End}|{c.Prefix}|{c.Suffix}|{c.SourceMention}|{c.Attribution}|{c.Review}|{c.Version}|" +
                $"{(c.Source == null ? "" : c.Source.Name + " " + c.Source.Status + " " + c.Source.Aliases.Count)}|mentions {c.Mentions.Count}|{string.Join(";", c.Mentions.OrderBy(m => m.Start).Select(m => m.Start + "-" + m.End))}")
            .ToListAsync();
        return [.. articles, .. claims];
    }
}
