using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PerCapitaRatioTests
{
    [Theory]
    [InlineData("\"Two monitors for 500,000 people,\" the surgeon said.", "500,000")]
    [InlineData("The camp has one water tap per 250 people.", "250")]
    [InlineData("There is a single latrine for about 500 residents.", "500")]
    public void People_sharing_a_scarce_thing_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(PerCapitaRatio.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Hamas freed three hostages for 90 Palestinian prisoners.", "90")]
    [InlineData("The agency opened two centres for 4,000 displaced people.", "4,000")]
    [InlineData("A volunteer cooks for about 300 people a day.", "300")]
    public void A_swap_a_shelter_or_aid_after_for_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(PerCapitaRatio.Rule, text, number);
        Assert.True(run.Kept);
    }
}
