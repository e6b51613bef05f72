using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EndangeredPeopleTests
{
    [Fact]
    public void Endangering_the_lives_of_patients_is_a_population_at_risk_reported()
    {
        var run = CountPhraseRun.Of(EndangeredPeople.Rule, "The WHO said emptying the hospital would endanger the lives of about 300 patients.", "300");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }

    [Fact]
    public void Putting_people_at_risk_is_other_whatever_fate_word_stood_before()
    {
        var run = CountPhraseRun.Of(EndangeredPeople.Rule, "The UN said the fighting puts some 250,000 civilians at risk in the city.", "250,000");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void Leaving_people_without_care_is_other_and_keeps_its_forecast()
    {
        var run = CountPhraseRun.Of(EndangeredPeople.Rule, "The storm will leave 3,000 families without shelter, forecasters warned.", "3,000");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void Leaving_people_dead_is_no_peril()
    {
        var run = CountPhraseRun.Of(EndangeredPeople.Rule, "The strike left 12 people dead, the ministry said.", "12");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
