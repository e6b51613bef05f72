using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen16: twelve articles written after a sixteenth reading of real reports — wire services
/// (Reuters, AP, AFP), broadcasters (BBC, CNN, NPR's transcript, DW, Al Jazeera's live page) and UN updates (a WHO statement,
/// an OCHA flash update, UN News on the HRMMU) — on the five core conflicts in 2024 and 2025, on events and weeks the earlier
/// sets did not cover, annotated before the extractor was run on them. Their first score is the team's estimate of the score
/// on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenSixteenArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Sixteenth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen16"), Path.Combine("Unseen16", "unseen16-gold.jsonl"), "sixteenth unseen articles", output);
        Assert.True(score.Gold >= 147, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.988, ["precision"] = 0.989, ["source"] = 0.976, ["metric"] = 0.982, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.976, ["increment"] = 0.995,
        });
    }
}
