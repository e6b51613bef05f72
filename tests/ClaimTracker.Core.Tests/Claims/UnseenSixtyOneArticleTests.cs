using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen61: ten articles written after a sixty-first reading of real reports, on the voices of UN agencies
/// and aid groups as news outlets carry them — UN News and KBS World (the Security Council's January 2025 meeting with OHCHR's Ukrainian
/// totals and the North Korean losses an ambassador cites; OHCHR and the Special Rapporteur on a captured North Korean soldier, in KBS's
/// number words), UN News and RTÉ (UNICEF on a nutrition queue struck in Deir al-Balah; WHO's staff detained and released), Arab News with
/// AFP copy and Sudan Tribune (the WFP/UNICEF convoy attacked near Al-Koma; MSF's grenade attack at Zalingei hospital), LBCI with Reuters
/// copy and a wire-carried Save the Children release (OHCHR's civilians killed in Lebanon since the ceasefire; two children a day),
/// Interfax-Ukraine and Censor.NET (the UN Humanitarian Coordinator on the strike of 26 August 2024 with a regional roundup; the HRMMU's
/// October 2024 update) — annotated in text order and committed before the extractor was run on them. Their first score is the team's
/// estimate of the score on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenSixtyOneArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Sixty_first_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen61"), Path.Combine("Unseen61", "unseen61-gold.jsonl"), "sixty-first unseen articles", output);
        Assert.True(score.Gold >= 70, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.969, ["precision"] = 0.995, ["source"] = 0.961, ["metric"] = 0.995, ["status"] = 0.995, ["qualifier"] = 0.984, ["subject"] = 0.961, ["increment"] = 0.995,
        });
    }
}
