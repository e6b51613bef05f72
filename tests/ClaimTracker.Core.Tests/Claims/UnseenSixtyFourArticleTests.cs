using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen64: ten articles written after a sixty-fourth reading of real reports, weighted on explainers,
/// fact-checks and analyses that set several sources' figures side by side — the Kyiv Post and RFA (the ISW's projection that the North
/// Korean contingent in Kursk could be spent by mid-April; a CSIS analyst's casualty share beside Seoul's and Kyiv's counts), a Reuters
/// explainer relayed by the Khaleej Times and Common Dreams (how Gaza's toll is counted; Airwars' study of October 2023), The Conversation
/// and The Nation/Reuters (an estimate of Sudan's dead; the LSHTM's Khartoum-state study), a Reuters factbox and The Hindu (the cost of the
/// Israel-Hezbollah war; ACLED's deadliest day in Lebanon), The Week and AP (Moscow's and Kyiv's first casualty claims; the CSIS report of
/// two million casualties) — annotated in text order under the established-population subject convention and committed before the
/// extractor was run on them. Their first score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md);
/// floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenSixtyFourArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Sixty_fourth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen64"), Path.Combine("Unseen64", "unseen64-gold.jsonl"), "sixty-fourth unseen articles", output);
        Assert.True(score.Gold >= 70, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            // Session 44: metric60 reads four hedged or taken-away counts (recall 0.948 -> 0.990), some with a wrong source
            // or subject; source98 and subjects47 raised both fields on the rows found before (docs/extraction.md).
            ["recall"] = 0.985, ["precision"] = 0.985, ["source"] = 0.946, ["metric"] = 0.966, ["status"] = 0.985, ["qualifier"] = 0.995, ["subject"] = 0.936, ["increment"] = 0.995,
        });
    }
}
