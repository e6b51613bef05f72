using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class StatedPlanTests
{
    [Theory]
    [InlineData("The government will send 2,000 soldiers next month.", "2,000")]
    [InlineData("Berlin plans to deploy 4,800 troops to Lithuania.", "4,800")]
    [InlineData("Another 500 reservists will be called up in spring.", "500")]
    public void The_actors_decision_makes_the_count_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Fact]
    public void A_plan_in_a_closed_relative_clause_before_the_count_is_its_subjects()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "The Lebanese army, which under the truce is to deploy in the south, says it has sent more than 9,000 soldiers to the area.", "9,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void A_count_inside_the_relative_clause_keeps_its_plan()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "Russia, which plans to send 2,000 more troops, has not said when.", "2,000");
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Fact]
    public void Leaves_a_past_deployment_reported()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "The government sent 2,000 soldiers last month.", "2,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void A_promise_the_counted_people_told_of_is_no_plan()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "Three soldiers captured by Ukrainian forces near the border had told interrogators they were promised cash.", "Three");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void What_is_already_so_beside_a_plan_is_no_plan()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "The ministry said 5,000 more troops would be sent next month, on top of about 2,000 already stationed in the region.", "2,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void A_plan_word_describing_a_thing_is_no_plan_for_the_count()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "The two sides each freed 250 people on Saturday in the second stage of a swap agreed at talks.", "250");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Theory]
    [InlineData("More than 60,000 people have left Rafah since Israel ordered residents to move west.", "60,000")]
    [InlineData("About 9,000 residents fled the camp after Hamas agreed to a pause.", "9,000")]
    public void An_order_in_a_trailing_time_clause_plans_nothing(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void An_order_before_the_count_stays_planned()
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, "Moscow has ordered 5,000 more troops to the Kursk region.", "5,000");
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Theory]
    [InlineData("A further 2,600 construction troops are to go to Kursk to help rebuild it, the lawmaker said.", "2,600")]
    [InlineData("The aircraft was due to fly 190 people out of Beirut on Friday.", "190")]
    [InlineData("About 700 Britons are due to leave on charter flights this week.", "700")]
    public void Is_to_or_a_timetable_before_a_move_is_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Theory]
    [InlineData("Of the 19 bodies it was due to return under the truce, seven had been handed back.", "19")]
    [InlineData("Doctors said 230 deaths last month were due to hunger.", "230")]
    public void A_pronouns_timetable_or_a_cause_plans_nothing(string text, string number)
    {
        var run = CountPhraseRun.Of(StatedPlan.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
