using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen17: twelve articles written after a seventeenth reading of real reports — wire services
/// (Reuters, AP, AFP), broadcasters (CNN, Sky News, France 24, Al Jazeera, NPR's transcript, DW's live page) and UN updates
/// (a UNICEF statement, an OCHA response update, UN News on a WHO briefing) — on the five core conflicts in 2024 and 2025, on
/// events and weeks the earlier sets did not cover, annotated before the extractor was run on them. Their first score is the
/// team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenSeventeenArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Seventeenth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen17"), Path.Combine("Unseen17", "unseen17-gold.jsonl"), "seventeenth unseen articles", output);
        Assert.True(score.Gold >= 148, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.988, ["precision"] = 0.995, ["source"] = 0.977, ["metric"] = 0.983, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.965, ["increment"] = 0.995,
        });
    }
}
