using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FigureRateTests
{
    [Theory]
    [InlineData("Officials said roughly 1,100 a day were being wounded in the spring.", "1,100")]
    [InlineData("The UN says an average of around 1,200 a month were killed last year.", "1,200")]
    public void A_bare_figure_given_per_period_before_its_verb_is_a_count(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
    }

    [Fact]
    public void Money_paid_per_month_stays_out()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "Recruits are paid about 2,400 roubles a month, the ministry said.", "2,400");
        Assert.False(run.Kept);
    }
}
