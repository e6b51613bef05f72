using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FurtherCount"/>, read through <see cref="BareCount"/>.</summary>
public sealed class FurtherCountTests
{
    private static readonly PeopleContext Refugees = new([], "refugees", false, Metric.Displaced, 0, 0);

    [Theory]
    [InlineData("We plan to move a further 2,500 to the new site before the end of the month.", "2,500")]
    [InlineData("About 7,000 were sent last year, followed by a further 2,000 early this year.", "2,000")]
    [InlineData("Up to 900 more could already be on their way.", "900")]
    [InlineData("The cabinet approved the transfer of 1,200 more.", "1,200")]
    public void A_count_of_more_of_the_same_takes_the_people_before(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Refugees);
        Assert.True(run.Kept);
        Assert.Equal("refugees", run.Draft.Noun);
    }

    [Theory]
    [InlineData("The agency delivered a further 5,000 tonnes of flour.", "5,000")]
    [InlineData("The town received another 300 tents.", "300")]
    public void A_further_figure_of_things_counts_no_one(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number, Refugees);
        Assert.False(run.Kept && run.Draft.Noun == "refugees");
    }

    [Fact]
    public void With_no_people_before_a_further_figure_is_dropped()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The ministry said it would move a further 2,500 next week.", "2,500");
        Assert.False(run.Kept);
    }
}
