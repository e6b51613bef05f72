using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// Repeats merged with the headlines folded, as the store keeps them (<see cref="ClaimExtractor.FoldHeadlines"/>): a
/// headline's figure that agrees with a body claim is one of its mentions, so the comparison counts the figure once.
/// </summary>
public sealed class FoldedHeadlineTests
{
    [Fact]
    public void A_headline_repeating_the_body_becomes_a_mention_of_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(RepeatedClaimTests.Article).Where(c => c.Value == 31).ToList();

        var ministry = Assert.Single(claims, c => c.Source == "Lebanese Health Ministry");
        Assert.StartsWith("BEIRUT (AP)", ministry.Quote, StringComparison.Ordinal);
        var headline = Assert.Single(ministry.Mentions);
        Assert.StartsWith("Israeli strikes kill 31", headline.Quote, StringComparison.Ordinal);
        Assert.Equal("31", RepeatedClaimTests.Article[headline.Start..headline.End]);
    }

    // RepeatedClaims.HeadlinesPeople: a headline says whose people a repeated figure counts.

    [Fact]
    public void A_merged_repeat_keeps_the_people_its_headline_names()
    {
        const string missing = """
            Some 27,000 Ukrainians listed as missing, ombudsman says

            Around 27,000 people, soldiers and civilians alike, are listed as missing in Ukraine, the ombudsman said on Tuesday.
            """;

        var claim = Assert.Single(new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(missing), c => c.Value == 27000);

        Assert.StartsWith("Around 27,000", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Ukrainian people", claim.Subject);
        Assert.Single(claim.Mentions);
    }

    // RepeatedClaims.FoldHeadlineFigures: a headline drops the body's hedge or rounds its figure down.

    [Fact]
    public void A_headline_toll_without_the_bodys_hedge_is_a_mention_of_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(RepeatedClaimTests.Shelling);

        var killed = Assert.Single(claims, c => c.Low == 4 || c.Value == 4);
        Assert.Equal(Qualifier.AtLeast, killed.Qualifier);
        Assert.StartsWith("Shelling of Kupiansk", Assert.Single(killed.Mentions).Quote, StringComparison.Ordinal);
        Assert.Single(claims, c => c.Value == 11);
    }

    [Fact]
    public void A_headline_toll_rounding_the_body_figure_down_is_a_mention_and_a_lower_one_is_not()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(RepeatedClaimTests.Shelling);

        var donetsk = Assert.Single(claims, c => c.Value == 1206);
        Assert.StartsWith("Donetsk toll tops", Assert.Single(donetsk.Mentions).Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c.Low == 1200);
        // 960 is no rounding of "tops 900": two figures.
        Assert.Single(claims, c => c.Low == 900);
        Assert.Empty(Assert.Single(claims, c => c.Value == 960).Mentions);
    }

    // OtherGroup: "N other(s)" names a group distinct from one counted before, but a headline still folds into it.

    [Fact]
    public void A_headline_folds_into_a_body_count_of_other_reporters()
    {
        var claim = Assert.Single(new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(RepeatedClaimTests.OtherReporters), c => c.Value == 6);

        Assert.StartsWith("Six other reporters", claim.Quote, StringComparison.Ordinal);
        Assert.StartsWith("Israeli strike on media tent", Assert.Single(claim.Mentions).Quote, StringComparison.Ordinal);
    }
}
