using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on six articles it was not built from (TestData/Unseen: other outlets, other conflicts), scored
/// against their hand annotation as score_claims.py does. The floors are the figures reached when the test was
/// written, less a small margin: a change that loses claims on unfamiliar text fails here.
/// </summary>
public sealed class UnseenArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen"), Path.Combine("Unseen", "unseen-gold.jsonl"), "unseen articles", output);
        Assert.True(score.Gold >= 80, $"only {score.Gold} required gold claims were read");
        Assert.True(score.Recall >= 0.88, $"recall {score.Recall:0.000}");
        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:0.000}");
        Assert.True(score.Fields["source"] >= 0.87, $"source {score.Fields["source"]:0.000}");
        Assert.True(score.Fields["metric"] >= 0.92, $"metric {score.Fields["metric"]:0.000}");
        Assert.True(score.Fields["status"] >= 0.93, $"status {score.Fields["status"]:0.000}");
        Assert.True(score.Fields["qualifier"] >= 0.96, $"qualifier {score.Fields["qualifier"]:0.000}");
        Assert.True(score.Fields["subject"] >= 0.88, $"subject {score.Fields["subject"]:0.000}");
    }
}
