using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen55: ten articles written after a fifty-fifth reading of real reports, weighted on wire copy as
/// subscribers and relays carry it — Interfax-Ukraine and The Kyiv Independent with Yonhap copy (the NIS's June 2025 warning of a
/// July or August dispatch; its September 2025 estimate of the dead and a third wave), Energy News with Reuters copy and IMEMC (a
/// medic killed by a second strike in Khan Younis; Nuseirat, the Nabulsi Junction and Deir al-Balah in the truce), Radio Dabanga and
/// Gulf Days (recruits' barracks hit in El Obeid; Dilling's brigade headquarters and market after the siege), TRT World with Anadolu
/// copy and TRT World (brothers near Shebaa and medical staff in Bint Jbeil; a car on the Doha-Kafarman road), TRT Balkan and The
/// Moscow Times with AFP copy (three small children in Bohodukhiv; Odesa and Zaporizhzhia on the eve of the fourth anniversary) —
/// annotated in text order and committed before the extractor was run on them. Their first score is the team's estimate of the
/// score on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin.
/// </summary>
public sealed class UnseenFiftyFiveArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Fifty_fifth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen55"), Path.Combine("Unseen55", "unseen55-gold.jsonl"), "fifty-fifth unseen articles", output);
        Assert.True(score.Gold >= 70, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.995, ["precision"] = 0.995, ["source"] = 0.986, ["metric"] = 0.995, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.976, ["increment"] = 0.995,
        });
    }
}
