using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The paragraph between the headline and the byline is the outlet's standfirst: kept apart from the body's claims where
/// headlines are (Standfirst); with no byline under it a second paragraph is the lede and folds as before.
/// </summary>
public sealed class StandfirstTests
{
    private static readonly ClaimExtractor Apart = new() { MergeRepeats = true };
    private static readonly ClaimExtractor Store = new() { MergeRepeats = true, FoldHeadlines = true };

    private const string Body = "The district health office said on Monday that shelling of the market killed five traders and injured 14 "
        + "other people.\n\nMarket stalls were still burning in the evening, residents said.";

    private const string WithByline = "Market shelling leaves traders dead\n\n"
        + "Shells hit the central market on Monday, killing five traders and wounding more than a dozen shoppers.\n\n"
        + "By Staff Reporter\n\n" + Body;

    private const string WithoutByline = "Market shelling leaves traders dead\n\n"
        + "Shells hit the central market on Monday, killing five traders and wounding more than a dozen shoppers.\n\n" + Body;

    [Fact]
    public void A_standfirst_above_the_byline_stays_apart()
    {
        var fives = Apart.Extract(WithByline, null).Where(c => c.Value == 5).ToList();
        Assert.Equal(2, fives.Count);
        Assert.Single(fives, c => c.Quote.StartsWith("Shells ", StringComparison.Ordinal));
        var body = Assert.Single(fives, c => c.Quote.StartsWith("The district", StringComparison.Ordinal));
        Assert.Empty(body.Mentions);
    }

    [Fact]
    public void A_second_paragraph_with_no_byline_under_it_is_the_lede()
    {
        var five = Assert.Single(Apart.Extract(WithoutByline, null), c => c.Value == 5);
        Assert.Single(five.Mentions);
    }

    [Fact]
    public void The_store_folds_the_standfirst_as_it_folds_headlines()
    {
        var five = Assert.Single(Store.Extract(WithByline, null), c => c.Value == 5);
        Assert.Single(five.Mentions);
    }

    [Fact]
    public void A_long_line_starting_with_by_is_no_byline()
    {
        var text = WithByline.Replace("By Staff Reporter", "By nightfall the fire brigade had put out most of the fires in the stalls.", StringComparison.Ordinal);
        var five = Assert.Single(Apart.Extract(text, null), c => c.Value == 5);
        Assert.Single(five.Mentions);
    }

    [Theory]
    [InlineData("Desk Staff & Agencies")]
    [InlineData("Lena Ortiz in Beirut and agencies")]
    [InlineData("Omar Said, Africa correspondent")]
    public void A_line_ending_with_the_writers_standing_is_a_byline(string byline)
    {
        var fives = Apart.Extract(WithByline.Replace("By Staff Reporter", byline, StringComparison.Ordinal), null).Where(c => c.Value == 5).ToList();
        Assert.Equal(2, fives.Count);
    }

    [Fact]
    public void A_long_line_ending_with_staff_is_no_byline()
    {
        var text = WithByline.Replace("By Staff Reporter", "The market had been reopened last month by the town's own staff", StringComparison.Ordinal);
        var five = Assert.Single(Apart.Extract(text, null), c => c.Value == 5);
        Assert.Single(five.Mentions);
    }
}
