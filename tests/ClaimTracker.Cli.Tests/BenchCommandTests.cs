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
        Assert.Matches($@"(?m)^host-adjusted: \d+\.\d\d \(claim-extractor MB/s x bare parse ms per page; median of {BenchCommand.DefaultRounds} rounds, \d+\.\d\d-\d+\.\d\d", text);
        Assert.Equal(BenchCommand.DefaultRounds, Regex.Count(text, @"(?m)^round \d+: "));
        Assert.Matches($@"(?m)^rounds: {BenchCommand.DefaultRounds} passes over the whole corpus", text);
    }

    [Fact]
    public void Bench_reports_the_median_of_its_rounds_beside_their_least_and_greatest()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["--articles", "40", "--rounds", "3", "--seeds", _seeds], output, error);

        Assert.Equal(0, code);
        var text = output.ToString();
        var rounds = Regex.Matches(text, @"(?m)^round (\d+): claim-extractor (\d+\.\d) MB/s of text, pipeline-vs-parse (\d+\.\d\d)x, bare parse (\d+\.\d{3}) ms per page");
        Assert.Equal(["1", "2", "3"], rounds.Select(m => m.Groups[1].Value));
        // Printing rounds each figure, and rounding keeps order: the median of three printed figures is the printed median.
        var (rate, rateMin, rateMax) = MiddleOf(rounds, 2, "0.0");
        Assert.Matches($@"(?m)^extractor-target: (met|missed) \({Regex.Escape(rate)} MB/s of text, target >= 10 MB/s; median of 3 rounds, {Regex.Escape(rateMin)}-{Regex.Escape(rateMax)}\)", text);
        Assert.Matches($@"(?m)^claim-extractor: {Regex.Escape(rate)} MB/s, ", text);
        var (ratio, ratioMin, ratioMax) = MiddleOf(rounds, 3, "0.00");
        Assert.Matches($@"(?m)^pipeline-vs-parse: {Regex.Escape(ratio)}x the time of AngleSharp's bare parse on the same html pages \(target <= 3x; median of 3 rounds, {Regex.Escape(ratioMin)}-{Regex.Escape(ratioMax)}x\)", text);
        var (parse, parseMin, parseMax) = MiddleOf(rounds, 4, "0.000");
        Assert.Matches($@"(?m)^reader-by-path: .*; bare parse {Regex.Escape(parse)} ms per page$", text);
        Assert.Matches($@"(?m)^rounds: 3 passes over the whole corpus, every figure below the median of them; bare parse {Regex.Escape(parseMin)}-{Regex.Escape(parseMax)} ms per page", text);
        Assert.Matches(@"(?m)^run-time: \d+ s \(corpus and warm-up \d+ s, 3 rounds \d+ s\)", text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("three")]
    [InlineData("2.5")]
    [InlineData("51")]
    [InlineData("99999999999")]
    public void Rounds_other_than_a_whole_number_from_1_to_50_are_refused_before_anything_runs(string rounds)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["--articles", "10", "--rounds", rounds, "--seeds", _seeds], output, error);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
        Assert.Contains($"bench: --rounds takes a whole number from 1 to {BenchCommand.MaxRounds} (got '{rounds}')", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: claimtracker bench", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_without_a_value_is_refused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["--seeds", _seeds, "--rounds"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("--rounds takes a whole number from 1 to 50 (got nothing)", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 7.0 }, 7.0, 7.0, 7.0)]
    [InlineData(new[] { 9.8, 11.4, 6.5 }, 9.8, 6.5, 11.4)]
    [InlineData(new[] { 10.0, 6.5, 11.4, 10.6, 10.2 }, 10.2, 6.5, 11.4)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5, 1.0, 4.0)]
    public void A_figure_over_rounds_is_their_median_with_the_least_and_greatest(double[] rounds, double median, double min, double max)
    {
        Assert.Equal(new RoundFigures(median, min, max), RoundFigures.Of(rounds));
    }

    [Fact]
    public void A_figure_needs_at_least_one_round()
    {
        Assert.Throws<ArgumentException>(() => RoundFigures.Of([]));
    }

    // The median, least and greatest of one number across the round lines, as the bench prints them.
    private static (string Median, string Min, string Max) MiddleOf(MatchCollection rounds, int group, string format)
    {
        var values = rounds.Select(m => double.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        string Print(double value) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return (Print(values[1]), Print(values[0]), Print(values[^1]));
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
