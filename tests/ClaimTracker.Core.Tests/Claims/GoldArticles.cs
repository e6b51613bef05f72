using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A folder of hand-annotated articles under TestData: manifest.json lists each file with its published date
/// ("yyyy-MM-dd", or "yyyy-MM" read as the first of the month); the extractor's claims come back as scorer rows, one
/// per figure with its repeats as mentions, as the CLI prints them (unless <c>mergeRepeats: false</c>).
/// Each file takes the product path, as <c>claimtracker extract</c> and the store's import do: read by
/// <see cref="ArticleReader"/> (which strips page furniture), then the document's text extracted with the manifest's
/// date, else the date the reader found; the sets then score what users get, not the extractor on raw text.
/// </summary>
internal static class GoldArticles
{
    public static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static List<JsonObject> Predict(string folder, bool paragraphPerLine = false, bool mergeRepeats = true)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Data, folder, "manifest.json")))!;
        var reader = new ArticleReader();
        var extractor = new ClaimExtractor { MergeRepeats = mergeRepeats };
        var rows = new List<JsonObject>();
        foreach (var article in manifest["articles"]!.AsArray())
        {
            var file = article!["file"]!.GetValue<string>();
            var text = File.ReadAllText(Path.Combine(Data, folder, file));
            if (paragraphPerLine)
            {
                text = string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            }
            var read = reader.ReadText(text);
            var document = read.Document ?? throw new InvalidOperationException($"{folder}/{file}: {read.ErrorMessage}");
            var published = Published(article["published"]?.GetValue<string>()) ?? document.Published;
            foreach (var claim in extractor.Extract(document.Text, published))
            {
                rows.Add(ClaimJson.ToRow(file, claim));
            }
        }
        return rows;
    }

    /// <summary>Scores the rows against a gold file (relative to TestData) and prints the counts, the summary line as score_claims.py prints it, and every problem.</summary>
    public static ClaimScorer.Score Score(List<JsonObject> predictions, string gold, string label, ITestOutputHelper output)
    {
        var score = ClaimScorer.Run(ClaimScorer.ReadJsonl(Path.Combine(Data, gold)), predictions);
        output.WriteLine($"[{label}] gold={score.Gold} predicted={score.Predicted} matched={score.Matched}");
        output.WriteLine($"recall={score.Recall:0.000} precision={score.Precision:0.000} "
            + string.Join(" ", score.Fields.Select(f => $"{f.Key}={f.Value:0.000}")));
        foreach (var problem in score.Problems)
        {
            output.WriteLine(problem);
        }
        return score;
    }

    /// <summary>Asserts each figure of the score is at least its floor ("recall", "precision" or a field name), naming those below.</summary>
    public static void AssertFloors(ClaimScorer.Score score, IReadOnlyDictionary<string, double> floors)
    {
        var below = floors
            .Select(f => (f.Key, Floor: f.Value, Got: f.Key switch { "recall" => score.Recall, "precision" => score.Precision, _ => score.Fields[f.Key] }))
            .Where(f => f.Got < f.Floor)
            .Select(f => $"{f.Key} {f.Got:0.000} < {f.Floor:0.000}")
            .ToList();
        Assert.True(below.Count == 0, string.Join("; ", below));
    }

    private static DateOnly? Published(string? value) => value switch
    {
        null => null,
        { Length: 7 } => DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
