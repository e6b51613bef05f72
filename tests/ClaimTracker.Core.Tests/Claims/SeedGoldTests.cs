using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>The extractor on the five seed articles, scored against the hand-made gold file as score_claims.py does.</summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_meet_the_quality_bar()
    {
        var predictions = GoldArticles.Predict("Seeds");
        // Kept for the Python scorer: python3 shared/tools/score_claims.py seeds-gold.jsonl <this file> --verbose
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "claimtracker-seed-claims.jsonl"), predictions.Select(r => r.ToJsonString()));
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
        var score = Report(GoldArticles.Predict("Seeds", paragraphPerLine: true), "one paragraph per line");
        Assert.Equal(1.0, score.Recall);
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:0.000}");
        foreach (var field in new[] { "source", "metric", "status", "qualifier", "subject" })
        {
            Assert.True(score.Fields[field] >= 0.95, $"{field} {score.Fields[field]:0.000}");
        }
    }

    private ClaimScorer.Score Report(List<JsonObject> predictions, string label) =>
        GoldArticles.Score(predictions, "seeds-gold.jsonl", label, output);
}
