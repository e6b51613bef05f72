using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen73: ten articles written after a seventy-third reading of real reports, on regional and local dailies
/// and wire roundups that carry several conflicts or several competing figures on one page — "international briefs" pages of wire items
/// each with its own dateline and speaker, regional papers localising a wire story (the local angle first, the wire figures under a
/// crosshead later), morning newsletters and curated briefings with short items per conflict closed by reporter credits, a weekly Africa
/// roundup with country labels, and daily trackers that restate the previous report's or yesterday's figures beside today's: The Marshall
/// Independent and the Honolulu Star-Advertiser (Western officials' 4,000 North Korean casualties; a U.S. official's "several hundred"),
/// The Guardian's First Thing and Just Security's Early Edition (Gaza's hunger deaths and toll; al-Shifa and the 11,100), LBCI and The Rio
/// Times (the government emergency committee's eighth report; Brazil's fourth repatriation flight and the day's toll), The Guardian
/// Nigeria and the Omaha World-Herald (MSF's cholera deaths in Darfur; six months of Sudan's war seen from Omaha), The New Voice of Ukraine
/// and the Shrewsbury Chronicle (the day-652 tracker; a parish appeal and the UN's civilian toll) — annotated in text order under the
/// team's settled conventions and committed before the extractor was run on them. Their first score is the team's estimate of the score
/// on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin, set by the lead after the blind
/// measurement (all 0.0 until then).
/// </summary>
public sealed class UnseenSeventyThreeArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Seventy_third_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen73"), Path.Combine("Unseen73", "unseen73-gold.jsonl"), "seventy-third unseen articles", output);
        Assert.True(score.Gold >= 116, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.953, ["precision"] = 0.988, ["source"] = 0.980, ["metric"] = 0.980, ["status"] = 0.995, ["qualifier"] = 0.995, ["subject"] = 0.965, ["increment"] = 0.995,
        });
    }
}
