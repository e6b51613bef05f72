using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReturnAllowedTests
{
    [Theory]
    [InlineData("The plan would let 4,000 residents, displaced by the fighting, return to the district.", "4,000")]
    [InlineData("The deal is meant to allow some 9,000 people who fled the clashes to go back home.", "9,000")]
    public void The_displaced_a_return_is_allowed_for_are_displaced_and_reported(string text, string number)
    {
        var run = CountPhraseRun.Of(ReturnAllowed.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void A_return_allowed_to_people_displaced_only_before_their_noun_stays_a_return()
    {
        var run = CountPhraseRun.Of(ReturnAllowed.Rule, "The truce has allowed nearly 810,000 displaced people to return to their villages.", "810,000");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }
}
