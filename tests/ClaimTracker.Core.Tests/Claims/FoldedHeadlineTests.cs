using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// Repeats merged with the headlines folded, as the store keeps them (<see cref="ClaimExtractor.FoldHeadlines"/>): a
/// headline's figure that agrees with a body claim is one of its mentions, so the comparison counts the figure once.
/// </summary>
public sealed class FoldedHeadlineTests
{
    private const string Article = """
        Israeli strikes kill 31 in Lebanon as ceasefire talks stall

        BEIRUT (AP) — Israeli airstrikes on villages in southern Lebanon killed 31 people on Wednesday, Lebanon's Health Ministry said.

        Hezbollah said 31 people were killed in a separate strike on Tyre on Thursday.
        """;

    [Fact]
    public void A_headline_repeating_the_body_becomes_a_mention_of_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(Article).Where(c => c.Value == 31).ToList();

        var ministry = Assert.Single(claims, c => c.Source == "Lebanese Health Ministry");
        Assert.StartsWith("BEIRUT (AP)", ministry.Quote, StringComparison.Ordinal);
        var headline = Assert.Single(ministry.Mentions);
        Assert.StartsWith("Israeli strikes kill 31", headline.Quote, StringComparison.Ordinal);
        Assert.Equal("31", Article[headline.Start..headline.End]);
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

    private const string Shelling = """
        Shelling of Kupiansk kills 4, wounds 11

        KUPIANSK — At least four people were killed and 11 wounded when Russian shells hit the town centre on Monday, the regional governor said.

        Donetsk toll tops 1,200 in a month

        In Donetsk region, 1,206 civilians were killed in October, regional officials said.

        Kharkiv toll tops 900

        In Kharkiv region, 960 civilians were killed this year, officials said.
        """;

    [Fact]
    public void A_headline_toll_without_the_bodys_hedge_is_a_mention_of_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(Shelling);

        var killed = Assert.Single(claims, c => c.Low == 4 || c.Value == 4);
        Assert.Equal(Qualifier.AtLeast, killed.Qualifier);
        Assert.StartsWith("Shelling of Kupiansk", Assert.Single(killed.Mentions).Quote, StringComparison.Ordinal);
        Assert.Single(claims, c => c.Value == 11);
    }

    [Fact]
    public void A_headline_toll_rounding_the_body_figure_down_is_a_mention_and_a_lower_one_is_not()
    {
        var claims = new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(Shelling);

        var donetsk = Assert.Single(claims, c => c.Value == 1206);
        Assert.StartsWith("Donetsk toll tops", Assert.Single(donetsk.Mentions).Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c.Low == 1200);
        // 960 is no rounding of "tops 900": two figures.
        Assert.Single(claims, c => c.Low == 900);
        Assert.Empty(Assert.Single(claims, c => c.Value == 960).Mentions);
    }

    // OtherGroup: "N other(s)" names a group distinct from one counted before, but a headline still folds into it.

    private const string OtherReporters = """
        Israeli strike on media tent kills reporter, wounds six journalists

        The strike set fire to a tent, killing a reporter and another man. Six other reporters were hurt in that strike.
        """;

    [Fact]
    public void A_headline_folds_into_a_body_count_of_other_reporters()
    {
        var claim = Assert.Single(new ClaimExtractor { MergeRepeats = true, FoldHeadlines = true }.Extract(OtherReporters), c => c.Value == 6);

        Assert.StartsWith("Six other reporters", claim.Quote, StringComparison.Ordinal);
        Assert.StartsWith("Israeli strike on media tent", Assert.Single(claim.Mentions).Quote, StringComparison.Ordinal);
    }
}
