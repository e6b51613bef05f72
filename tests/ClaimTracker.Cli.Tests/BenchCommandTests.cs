using System.Text.RegularExpressions;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _seeds = Directory.CreateTempSubdirectory("claimtracker-bench-").FullName;

    public BenchCommandTests()
    {
        File.WriteAllText(Path.Combine(_seeds, "a.txt"), """
            Kyiv says 1,200 soldiers captured

            Ukraine's military said on Monday that about 1,200 enemy soldiers had been captured during the offensive in the region.

            The General Staff said the prisoners were being held at two facilities, according to a statement published on Tuesday.
            """);
        File.WriteAllText(Path.Combine(_seeds, "b.txt"), """
            UN: 10,000 displaced by fighting

            The United Nations said at least 10,000 people had fled their homes in the past week as fighting spread to the north.

            Aid agencies said more than 300 wounded had been treated at the only hospital still working in the area.
            """);
    }

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public void Bench_prints_a_labelled_line_per_measurement()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["--articles", "60", "--seeds", _seeds], output, error);

        Assert.Equal(0, code);
        var text = output.ToString();
        foreach (var label in (string[])["anglesharp-parse", "article-reader", "claim-extractor", "full-pipeline"])
        {
            Assert.Matches(new Regex($@"(?m)^{label}: \d+(\.\d)? MB/s, \d+ articles/s"), text);
        }
        Assert.Matches(@"(?m)^corpus: 60 articles \(48 html, 12 text\)", text);
        Assert.Matches(@"(?m)^pipeline-vs-parse: \d+\.\d\dx", text);
        Assert.Matches(@"(?m)^warm-up: \d+ rounds of 60 articles", text);
        Assert.Matches(@"(?m)^peak-managed-memory: \d+\.\d MB", text);
    }

    [Fact]
    public void Bench_without_seeds_fails_with_a_message()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["--articles", "10", "--seeds", Path.Combine(_seeds, "missing")], output, error);

        Assert.Equal(1, code);
        Assert.Contains("no seeds folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_pages_carry_boilerplate_that_the_reader_removes()
    {
        var reader = new ArticleReader();
        var seeds = Directory.GetFiles(_seeds).Select(f => reader.Read(File.ReadAllBytes(f), f).Document!).ToList();

        var corpus = BenchCorpus.Build(seeds, 10);

        var page = corpus.First(a => a.IsHtml);
        Assert.Contains("cookie", page.Content, StringComparison.Ordinal);
        Assert.Contains("<nav", page.Content, StringComparison.Ordinal);
        Assert.Contains("<script", page.Content, StringComparison.Ordinal);
        Assert.Contains("<footer", page.Content, StringComparison.Ordinal);
        var text = reader.Read(page.Bytes, page.Name).Document!.Text;
        Assert.DoesNotContain("cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__CONFIG__", text, StringComparison.Ordinal);
        Assert.Contains(corpus, a => !a.IsHtml);
        Assert.All(corpus, a => Assert.True(reader.Read(a.Bytes, a.Name).Succeeded));
    }
}
