using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HospitalIntakeTests
{
    [Theory]
    [InlineData("The field hospital received 64 patients after the shooting.", "64", Metric.KilledOrWounded)]
    [InlineData("In a second influx the same hospital took in 37 patients.", "37", Metric.KilledOrWounded)]
    [InlineData("Hospitals in Nabatieh admitted 55 people after the strikes.", "55", Metric.Wounded)]
    [InlineData("The field hospital received 48 wounded people on Sunday.", "48", Metric.Wounded)]
    public void A_hospital_taking_people_in_names_their_fate(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(HospitalIntake.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Nasser hospital received the bodies of 19 people.", "19", Metric.Killed)]
    [InlineData("Before the raid, the hospital was treating 82 patients.", "82", Metric.Other)]
    [InlineData("The transit centre received 4,000 people who fled El Fasher.", "4,000", Metric.Displaced)]
    public void Without_a_hospital_intake_the_clause_decides(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(HospitalIntake.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
