using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReturnOfTheDisplacedTests
{
    [Theory]
    [InlineData("The ceasefire has allowed nearly 810,000 displaced people to return to their villages.", "810,000")]
    [InlineData("More than 14,000 Lebanese who had fled to Syria went back home after the truce.", "14,000")]
    [InlineData("Some 26,000 people crossed from Syria back into Lebanon this week.", "26,000")]
    [InlineData("Some 9,000 displaced people head back to Omdurman", "9,000")]
    public void Displaced_people_who_go_home_are_other(string text, string number)
    {
        var run = CountPhraseRun.Of(ReturnOfTheDisplaced.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 160,000 people remain unable to return to their homes.", "160,000")]
    [InlineData("Some 40,000 displaced people are still waiting to return.", "40,000")]
    [InlineData("Some 5,000 returnees came back across the border fleeing the war.", "5,000")]
    public void Barred_awaited_or_fleeing_returns_stay_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(ReturnOfTheDisplaced.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
