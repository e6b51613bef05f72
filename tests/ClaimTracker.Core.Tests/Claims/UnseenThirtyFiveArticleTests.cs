using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen35: ten articles written after a thirty-fifth reading of real reports of 2024–2025 — Euromaidan Press
/// (Yonhap), DW, TRT World, Reuters, Newslooks (AP), NZ Herald (AFP), Al Jazeera, A News (Anadolu), Al-Yaum (Anadolu) and Stirile ProTV
/// (AFP) — on North Korean troops, Ukraine, Gaza, Lebanon and Sudan, annotated and committed before the extractor was run on them.
/// Their first score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured
/// figures less a small margin.
/// </summary>
public sealed class UnseenThirtyFiveArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Thirty_fifth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen35"), Path.Combine("Unseen35", "unseen35-gold.jsonl"), "thirty-fifth unseen articles", output);
        Assert.True(score.Gold >= 59, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.978, ["precision"] = 0.995, ["source"] = 0.959, ["metric"] = 0.971, ["status"] = 0.983, ["qualifier"] = 0.995, ["subject"] = 0.995, ["increment"] = 0.995,
        });
    }
}
