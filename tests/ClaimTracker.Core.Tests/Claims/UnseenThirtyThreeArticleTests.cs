using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen33: ten articles written after a thirty-third reading of real reports of 2024–2025 — AP, TRT World
/// (Anadolu), AFP, Radio Dabanga, Paralel.az (Reuters), Ukrainska Pravda, UNN, the Kyiv Independent, The Independent and The Standard
/// (AFP) — on Gaza, Lebanon, Sudan, Ukraine and North Korean troops, annotated and committed before the extractor was run on them. Their
/// first score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures
/// less a small margin.
/// </summary>
public sealed class UnseenThirtyThreeArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Thirty_third_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen33"), Path.Combine("Unseen33", "unseen33-gold.jsonl"), "thirty-third unseen articles", output);
        Assert.True(score.Gold >= 87, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.995, ["precision"] = 0.995, ["source"] = 0.987, ["metric"] = 0.978, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.995, ["increment"] = 0.995,
        });
    }
}
