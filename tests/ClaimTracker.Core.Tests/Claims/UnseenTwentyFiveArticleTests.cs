using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen25: ten articles written after a twenty-fifth/-sixth reading of real wire and news-agency
/// reports and their relays — Korea Bizwire (Yonhap), APA (dpa, KCNA), NNN (Xinhua), ANSA (Wafa), News.Az (Xinhua), MENAFN
/// (Anadolu), Al-Ahed (NNA), Ukrinform and BTA (Reuters) — on the five core conflicts in 2024 and 2025, annotated before the
/// extractor was run on them. Their first score is the team's estimate of the score on reporting nobody has seen
/// (docs/extraction.md); floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenTwentyFiveArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Twenty_fifth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen25"), Path.Combine("Unseen25", "unseen25-gold.jsonl"), "twenty-fifth unseen articles", output);
        Assert.True(score.Gold >= 85, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.995, ["precision"] = 0.995, ["source"] = 0.978, ["metric"] = 0.969, ["status"] = 0.995, ["qualifier"] = 0.986, ["subject"] = 0.986, ["increment"] = 0.995,
        });
    }
}
