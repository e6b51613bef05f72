using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EarlierFigureTests
{
    [Theory]
    [InlineData("As many as 1,400 soldiers had been killed, up from an estimate of 1,100 a week earlier.", "1,100")]
    [InlineData("The toll rose to 75 people, up from 60 on Monday.", "60")]
    [InlineData("About 900 soldiers remain in the region, down from a previous 1,200.", "1,200")]
    [InlineData("About 38,000 people are listed as missing, down from a peak of about 47,000.", "47,000")]
    [InlineData("The agency put the deaths at some 1,900 soldiers, up from its estimate of 1,500 in May.", "1,500")]
    public void A_figure_risen_or_fallen_from_is_the_same_peoples_count(string text, string number)
    {
        var run = CountPhraseRun.Of(EarlierFigure.Rule, text, number);
        Assert.True(run.Phrase.Elided);
    }

    [Fact]
    public void A_figure_from_elsewhere_is_left_alone()
    {
        var run = CountPhraseRun.Of(EarlierFigure.Rule, "About 300 soldiers were killed, according to figures from 12 hospitals.", "12");
        Assert.False(run.Phrase.Elided);
    }
}
