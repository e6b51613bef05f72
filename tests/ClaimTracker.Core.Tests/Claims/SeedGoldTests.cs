using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Core.Claims;
using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>The extractor on the five seed articles, scored against the hand-made gold file as score_claims.py does.</summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    [Fact]
    public void Seeds_meet_the_quality_bar()
    {
        var predictions = Predict(paragraphPerLine: false);
        var score = Report(predictions, "seeds as received");
        Assert.Equal(1.0, score.Recall);
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:0.000}");
        foreach (var field in new[] { "source", "metric", "status", "qualifier", "subject" })
        {
            Assert.True(score.Fields[field] >= 0.95, $"{field} {score.Fields[field]:0.000}");
        }
    }

    [Fact]
    public void Seeds_meet_the_bar_when_every_line_is_a_paragraph()
    {
        // The article reader joins paragraphs with blank lines; the extractor must not depend on the layout.
        var score = Report(Predict(paragraphPerLine: true), "one paragraph per line");
        Assert.Equal(1.0, score.Recall);
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:0.000}");
        foreach (var field in new[] { "source", "metric", "status", "qualifier", "subject" })
        {
            Assert.True(score.Fields[field] >= 0.95, $"{field} {score.Fields[field]:0.000}");
        }
    }

    private ClaimScorer.Score Report(List<JsonObject> predictions, string label)
    {
        var gold = ClaimScorer.ReadJsonl(Path.Combine(Data, "seeds-gold.jsonl"));
        var score = ClaimScorer.Run(gold, predictions);
        output.WriteLine($"[{label}] gold={score.Gold} predicted={score.Predicted} matched={score.Matched}");
        output.WriteLine($"recall={score.Recall:0.000} precision={score.Precision:0.000} "
            + string.Join(" ", score.Fields.Select(f => $"{f.Key}={f.Value:0.000}")));
        foreach (var problem in score.Problems)
        {
            output.WriteLine(problem);
        }
        return score;
    }

    private static List<JsonObject> Predict(bool paragraphPerLine)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Data, "Seeds", "manifest.json")))!;
        var extractor = new ClaimExtractor();
        var rows = new List<JsonObject>();
        foreach (var article in manifest["articles"]!.AsArray())
        {
            var file = article!["file"]!.GetValue<string>();
            var text = File.ReadAllText(Path.Combine(Data, "Seeds", file));
            if (paragraphPerLine)
            {
                text = string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            }
            var published = Published(article["published"]?.GetValue<string>());
            foreach (var claim in extractor.Extract(text, published))
            {
                rows.Add(ClaimJson.ToRow(file, claim));
            }
        }
        if (!paragraphPerLine)
        {
            // Kept for the Python scorer: python3 shared/tools/score_claims.py seeds-gold.jsonl <this file> --verbose
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), "claimtracker-seed-claims.jsonl"), rows.Select(r => r.ToJsonString()));
        }
        return rows;
    }

    private static DateOnly? Published(string? value) => value switch
    {
        null => null,
        { Length: 7 } => DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
