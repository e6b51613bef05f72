using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen29: ten articles written after a twenty-ninth reading of real reports of 2024–2025 — Xinhua, AP,
/// Anadolu, Reuters, Radio Dabanga, TRT World, IANS relaying Xinhua, the Kyiv Independent, Liga.net relaying KCNA and Ukrinform — on
/// Gaza, Lebanon, Sudan, North Korean troops and Ukraine, annotated and committed before the extractor was run on them. Their first
/// score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a
/// small margin.
/// </summary>
public sealed class UnseenTwentyNineArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Twenty_ninth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen29"), Path.Combine("Unseen29", "unseen29-gold.jsonl"), "twenty-ninth unseen articles", output);
        Assert.True(score.Gold >= 65, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.995, ["precision"] = 0.995, ["source"] = 0.913, ["metric"] = 0.995, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.983, ["increment"] = 0.995,
        });
    }
}
