using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PulledFromTests
{
    [Theory]
    [InlineData("Fishermen said 23 survivors were pulled from the water after the ferry sank.", "23")]
    [InlineData("Rescuers said 8 people were hauled out of the rubble alive.", "8")]
    [InlineData("The governor said crews had pulled 9 residents alive from the debris of the school.", "9")]
    [InlineData("Volunteers dragged 14 people out of the wreckage overnight, police said.", "14")]
    [InlineData("Rescuers pulled 25 people out alive, 11 of them from under the rubble, the ministry added.", "25")]
    [InlineData("Firefighters pulled six children alive out of the burning school.", "six")]
    [InlineData("Firefighters led 40 children and staff out of the burning building.", "40")]
    [InlineData("Rescuers brought 15 residents out of the smoke-filled building.", "15")]
    [InlineData("Neighbours carried 7 people out of the flames.", "7")]
    public void People_pulled_from_water_or_rubble_are_rescued(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Fact]
    public void Bodies_pulled_from_the_river_stay_dead()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Divers said the bodies of 11 people were pulled from the river.", "11");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void Bodies_pulled_out_in_the_active_form_stay_dead()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Civil defence crews pulled 27 bodies from under the ruins, the agency said.", "27");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void Troops_pulled_out_of_a_region_are_not_rescued()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The army pulled 300 troops out of the border region last week.", "300");
        Assert.NotEqual(Metric.Evacuated, run.Draft.Metric);
    }
}
