using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EachSideOpponentTests
{
    [Theory]
    [InlineData("On the first day Kyiv and Moscow each freed 200 people, 120 of them soldiers, and on the second day 150 soldiers on each side.", "150")]
    [InlineData("In all, 600 prisoners on each side are to be exchanged in stages, the Russian Defence Ministry said.", "600")]
    [InlineData("Ukraine's negotiator said both sides had agreed to a further exchange of 500 prisoners each.", "500")]
    [InlineData("The two countries swapped 100 soldiers from each side, Ukraine said.", "100")]
    public void A_swap_count_on_each_side_counts_both_sides(string text, string number)
    {
        var run = CountPhraseRun.Of(EachSideOpponent.Rule, text, number);
        Assert.Equal(["Russian", "Ukrainian"], run.Draft.Nationalities.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ukraine's army said it will call up 5,000 men each month.", "5,000")]
    [InlineData("Ukraine said 300 soldiers were freed on Tuesday.", "300")]
    public void A_rate_or_a_count_without_each_takes_no_second_side(string text, string number)
    {
        var run = CountPhraseRun.Of(EachSideOpponent.Rule, text, number);
        Assert.DoesNotContain("Russian", run.Draft.Nationalities);
    }
}
