using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen74: ten articles written after a seventy-fourth reading of real reports, on monitors, think tanks and
/// researchers relayed by the press and on analysis and opinion pieces that weigh competing figures — a defence intelligence update relayed
/// twice, a monitor's daily assessment citing an intelligence service, a researcher's own reckoning, a household survey against a ministry's
/// lists, a journal letter's projection, a writer's own range and a figure he denies, volunteer groups' statements, a dataset's counts beside
/// ratios, a group's internal estimate told to an agency, name-by-name and excess-death counts: KBS World and Rubryka (the UK MoD's 5,000
/// North Korean casualties via The National Interest; ISW's 14 December 2024 assessment), Nature and Haaretz (why Gaza's toll is hard to
/// count; a demographer's op-ed on the household survey), Okaz and Shafaq News (the Sudan Doctors Network's 200 killed in North Darfur; the
/// Khartoum Emergency Room's week), Channel 4 and The Times of Israel/Reuters (a FactCheck of ACLED data; Hezbollah's internal estimate of
/// up to 4,000 dead fighters), AP and Washington News 24/NYT (Mediazona and Meduza's probate estimate; UALosses and Lostarmour against the
/// official figures) — annotated in text order under the team's settled conventions and committed before the extractor was run on them.
/// Their first score is the team's estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures
/// less a small margin, set by the lead after the blind measurement (all 0.0 until then).
/// </summary>
public sealed class UnseenSeventyFourArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Seventy_fourth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen74"), Path.Combine("Unseen74", "unseen74-gold.jsonl"), "seventy-fourth unseen articles", output);
        Assert.True(score.Gold >= 96, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.975, ["precision"] = 0.986, ["source"] = 0.932, ["metric"] = 0.968, ["status"] = 0.986, ["qualifier"] = 0.995, ["subject"] = 0.977, ["increment"] = 0.995,
        });
    }
}
