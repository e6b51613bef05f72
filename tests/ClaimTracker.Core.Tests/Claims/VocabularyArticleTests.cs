using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Vocabulary: seven articles written after reading real reports for how each metric and status
/// is worded (surrenders, captives, deaths from wounds, corpses and martyrs, amputations, new arrivals and asylum
/// seekers, whereabouts unknown, detainees and round-ups, "due to be", "poised to", "set to", "vowed to", "unfounded"),
/// annotated before any of that vocabulary was added (docs/extraction.md, "Metric vocabulary by family (session 11)").
/// Floors are the measured figures less a small margin.
/// </summary>
public sealed class VocabularyArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Vocabulary_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Vocabulary"), Path.Combine("Vocabulary", "vocabulary-gold.jsonl"), "vocabulary articles", output);
        Assert.True(score.Gold >= 58, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.995, ["precision"] = 0.995, ["source"] = 0.964, ["metric"] = 0.980, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.964,
        });
    }
}
