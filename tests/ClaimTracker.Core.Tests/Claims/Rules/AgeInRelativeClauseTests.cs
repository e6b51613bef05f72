using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgeInRelativeClauseTests
{
    [Theory]
    [InlineData("\"We need trained men,\" said Kurt, who is 44 and was a welder before the war.", "44")]
    [InlineData("Her cousin, who was 19 when the shelling began, had just left school.", "19")]
    [InlineData("A nurse named Dina, who is twenty-eight, works nights.", "twenty-eight")]
    public void A_figure_after_who_is_is_an_age(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeInRelativeClause.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The convoy, which was 40 trucks long, reached the camp.", "40")]
    [InlineData("The general, who was one of 40 officers at the meeting, said little.", "40")]
    public void Other_figures_are_left_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(AgeInRelativeClause.Rule, text, number);
        Assert.True(run.Kept);
    }
}
