using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BroughtToFigureTests
{
    [Theory]
    [InlineData("Officials said 600 bodies had been handed back, bringing to more than 9,000 the number returned since 2022.", "9,000")]
    [InlineData("Another 40 soldiers were killed on Monday, raising to 1,250 the toll of the offensive.", "1,250")]
    public void A_total_brought_to_before_its_noun_is_the_same_peoples_count(string text, string number)
    {
        var run = CountPhraseRun.Of(BroughtToFigure.Rule, text, number);
        Assert.True(run.Phrase.Elided);
    }

    [Fact]
    public void A_figure_brought_to_a_place_is_left_alone()
    {
        var run = CountPhraseRun.Of(BroughtToFigure.Rule, "About 300 soldiers were killed, and aid was brought to 12 villages the army had retaken.", "12");
        Assert.False(run.Phrase.Elided);
    }
}
