using System.Text.RegularExpressions;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli.Tests;

public sealed class StoreBenchCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("claimtracker-store-bench-test-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    private static string Seeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }
        throw new InvalidOperationException("No seeds folder above the test output.");
    }

    [Fact]
    public void Generated_articles_all_differ_and_vary_figures_outlets_and_dates()
    {
        var seeds = Directory.GetFiles(Seeds(), "*.txt").Select(File.ReadAllText).ToList();
        var folder = Path.Combine(_work, "corpus");

        StoreBenchCorpus.Write(folder, seeds, 60);

        var texts = Directory.GetFiles(folder, "*.txt").Select(File.ReadAllText).ToList();
        Assert.Equal(60, texts.Count);
        Assert.Equal(60, texts.Distinct(StringComparer.Ordinal).Count());
        // Two articles from the same seed differ in more than their story code: their figures are scaled.
        Assert.NotEqual(Regex.Replace(texts[0], "Story code.*", ""), Regex.Replace(texts[seeds.Count], "Story code.*", ""));
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        Assert.True(Regex.Matches(manifest, "\"outlet\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().Count() > 5);
        Assert.True(Regex.Matches(manifest, "\"published\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().Count() > 30);
    }

    [Fact]
    public void A_new_article_of_bench_clients_keeps_its_story_code_through_the_reader()
    {
        // The ingest's duplicate check fingerprints the text as read: without its code, a new article of a seed whose
        // related-stories list the reader drops could match one of that seed's stored variants and answer 409.
        var seeds = Directory.GetFiles(Seeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var generator = new StoreBenchCorpus.Generator(seeds);
        var reader = new ClaimTracker.Core.Articles.ArticleReader();
        var random = new Random(7);

        for (var i = 0; i < seeds.Count; i++)
        {
            var (text, _, _) = generator.Next(i, random, $"bench run {i}", codeAfterLead: true);
            var read = reader.ReadText(text).Document;

            Assert.NotNull(read);
            Assert.Contains($"Story code: bench run {i}.", read.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_store_bench_imports_into_a_fresh_store_and_prints_a_line_per_measure()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await StoreBenchCommand.RunAsync(["--articles", "40", "--seeds", Seeds(), "--keep", Path.Combine(_work, "kept")], output, error);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Matches(@"(?m)^import: \d+ articles/s", text);
        Assert.Matches(@"(?m)^store: 40 articles, [1-9]\d* claims", text);
        foreach (var label in (string[])["comparison-first-page", "comparison-metric-killed", "comparison-from-2025", "comparison-cell", "claims-count", "claims-page-1", "claims-page-500"])
        {
            Assert.Matches(new Regex($@"(?m)^{label}: p50 \d+\.\d ms, p95 \d+\.\d ms"), text);
        }
        Assert.Matches(@"(?m)^export-csv: \d+\.\d\d s, \d+\.\d MB", text);
        Assert.True(File.Exists(Path.Combine(_work, "kept", "claimtracker.db")));

        // --reuse times the kept store again without importing: the same store, the same measures, no import line.
        using var again = new StringWriter();
        code = await StoreBenchCommand.RunAsync(["--keep", Path.Combine(_work, "kept"), "--reuse"], again, error);

        Assert.Equal(0, code);
        var reused = again.ToString();
        Assert.DoesNotMatch(@"(?m)^(corpus|import): ", reused);
        Assert.Matches(@"(?m)^store: 40 articles, [1-9]\d* claims", reused);
        Assert.Equal(Regex.Match(text, @"(?m)^store: \d+ articles, \d+ claims").Value, Regex.Match(reused, @"(?m)^store: \d+ articles, \d+ claims").Value);
        Assert.Matches(@"(?m)^comparison-first-page: p50 \d+\.\d ms", reused);
    }

    [Fact]
    public async Task Reuse_without_a_kept_store_is_refused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await StoreBenchCommand.RunAsync(["--keep", Path.Combine(_work, "nothing"), "--reuse"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("found no store", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_work, "nothing", "claimtracker.db")));
    }
}
