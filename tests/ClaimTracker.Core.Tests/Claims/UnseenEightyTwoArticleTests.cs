using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen82: ten articles written after an eighty-second reading of real reports, on newsletters, morning
/// briefings and explainers — 'what we know' pages, numbered and bulleted digests ('Five things to know', 'By the numbers', 'The day in
/// brief', 'Key developments'), FAQ explainers with question crossheads, weekly round-ups recapping several sources' figures in one paragraph,
/// fact boxes and factbox bullets with a source credit at the end, figures in verbless fragments and table-like lines, cumulative tallies
/// beside the day's figures and figures compared across sources in one sentence: AP and The New York Times's The Morning (the war's toll by
/// the numbers on 4 November 2023; the blackout week's round-up), Al Jazeera and Naharnet (Lebanon's toll passing 3,000; the November 2023
/// truce digest), BBC and Reuters (a simple guide to Sudan's war; a factbox on El Fasher in May 2024), Euronews and The Kyiv Independent (a
/// week's North Korean casualty estimates side by side; Syrskyi's 'nearly half' in a daily digest), AP and Le Figaro/AFP (The Latest from
/// Sievierodonetsk and Tetkino; the day in brief of 7 January 2025) — annotated in text order under the team's settled conventions and
/// committed before the extractor was run on them. Their first score is the team's estimate of the score on reporting nobody has seen
/// (docs/extraction.md); floors are the measured figures less a small margin, set by the lead after the blind measurement (all 0.0 until then).
/// </summary>
public sealed class UnseenEightyTwoArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Eighty_second_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen82"), Path.Combine("Unseen82", "unseen82-gold.jsonl"), "eighty-second unseen articles", output);
        Assert.True(score.Gold >= 111, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.942, ["precision"] = 0.972, ["source"] = 0.895, ["metric"] = 0.987, ["status"] = 0.995, ["qualifier"] = 0.980, ["subject"] = 0.849, ["increment"] = 0.995,
        });
    }
}
