using Xunit.Abstractions;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The extractor on TestData/Unseen84: ten articles written after an eighty-fourth reading of real reports, on humanitarian appeals, donor
/// pages and official statements — UN flash appeals and response-plan launches with 'at a glance' boxes (people in need, targeted, reached),
/// an NGO donation page with verbless counters and a 'what your gift does' list, ICRC, MSF and UNICEF press releases and statements credited
/// by letterhead or heading rather than by 'said', an inter-agency joint statement, a foreign ministry's summons relayed by a wire, and a
/// parliamentary written answer; cumulative and period figures, 'at least'/'over'/'nearly'/'some' qualifiers, and money, trucks, tonnes,
/// shelters and facilities beside people counts: UNRWA and the ICRC (the November 2023 flash appeal; the fourth hostage and detainee release
/// phase of 1 February 2025), the IASC and MSF (the principals' famine statement of 31 May 2024; El Fasher's first wounded in April 2023),
/// OCHA and IDRF (the Lebanon flash appeal launch of 1 October 2024; a Canadian charity's Lebanon donation page), UNICEF and OCHA/UNHCR (the
/// 7 February 2024 statement on children killed in Ukraine; the 2025 response plans launched in Kyiv), Yonhap and UK Parliament (Seoul's
/// summons of the Russian ambassador over North Korean troops; a written answer on their numbers and losses) — annotated in text order under
/// the team's settled conventions and committed before the extractor was run on them. Their first score is the team's estimate of the score
/// on reporting nobody has seen (docs/extraction.md); floors are the measured figures less a small margin, set by the lead after the blind
/// measurement (all 0.0 until then).
/// </summary>
public sealed class UnseenEightyFourArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Eighty_fourth_unseen_articles_keep_their_measured_scores()
    {
        var score = GoldArticles.Score(GoldArticles.Predict("Unseen84"), Path.Combine("Unseen84", "unseen84-gold.jsonl"), "eighty-fourth unseen articles", output);
        Assert.True(score.Gold >= 110, $"only {score.Gold} required gold claims were read");
        GoldArticles.AssertFloors(score, new Dictionary<string, double>
        {
            ["recall"] = 0.960, ["precision"] = 0.964, ["source"] = 0.816, ["metric"] = 0.914, ["status"] = 0.930, ["qualifier"] = 0.979, ["subject"] = 0.865, ["increment"] = 0.995,
        });
    }
}
