using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgeAfterNameTests
{
    [Theory]
    [InlineData("\"We buried 60 of them,\" said Osman Bakhit, 44, who fled to El Obeid.", "44")]
    [InlineData("Rania Abu Hamad, 31, a mother of three, told reporters the tent was hit.", "31")]
    public void A_figure_between_commas_after_a_name_is_an_age(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeAfterName.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Strikes killed 14 in Kharkiv, 12 in Sumy and 3 in Odesa, officials said.", "12")]
    [InlineData("The ministry said, on Monday, 40 people were killed.", "40")]
    [InlineData("\"We buried 60 of them,\" said Osman Bakhit, 44, who fled to El Obeid.", "60")]
    public void A_figure_without_a_name_before_its_commas_is_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeAfterName.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
