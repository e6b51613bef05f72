using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CompletedPlanTests
{
    [Theory]
    [InlineData("The army said it had completed the first phase of its plan and deployed about 9,500 soldiers in the area.", "9,500")]
    [InlineData("The ministry said it had finished the second stage of the plan and sent 2,000 troops to the border.", "2,000")]
    public void A_plan_carried_out_is_no_plan_for_the_count(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Theory]
    [InlineData("The army said it plans to deploy 4,000 more soldiers in the area.", "4,000")]
    [InlineData("The talks were completed and the army agreed to send 3,000 troops to the border.", "3,000")]
    public void A_plan_still_to_come_stays_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }
}
