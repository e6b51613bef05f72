using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen36: ten articles written after a thirty-sixth reading of real reports of 2024–2025 — MSF, Sudan
/// Events (OCHA), Sudan Tribune, LBCI (WHO), Naharnet, UNICEF's Geneva briefing, Ynet, ASIAPRESS, Daily NK and Novaya Gazeta Europe —
/// on Sudan, Lebanon, Gaza, North Korean troops and Ukraine, annotated and committed before the extractor was run on them. Their first
/// score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a
/// small margin.
/// </summary>
public sealed class UnseenThirtySixArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Thirty_sixth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen36"), Path.Combine("Unseen36", "unseen36-gold.jsonl"), "thirty-sixth unseen articles", output);
        Assert.True(score.Gold >= 89, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.973, ["precision"] = 0.977, ["source"] = 0.977, ["metric"] = 0.968, ["status"] = 0.995, ["qualifier"] = 0.977, ["subject"] = 0.950, ["increment"] = 0.995,
        });
    }
}
