using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TreatmentAbroadTests
{
    [Theory]
    [InlineData("Some 2,150 patients have been referred outside Gaza for treatment.", "2,150")]
    [InlineData("Thirty-one patients crossed through Kerem Shalom to receive treatment abroad.", "Thirty-one")]
    [InlineData("A further 83 patients left the Strip for hospitals in Jordan.", "83")]
    [InlineData("The air force flew 260 wounded soldiers out of the Strip for treatment.", "260")]
    [InlineData("Forty-five sick children leave Gaza for treatment in Egypt", "Forty-five")]
    public void Patients_leaving_for_care_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(TreatmentAbroad.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Eleven of the injured were referred to the Nasser hospital.", "Eleven", Metric.Wounded)]
    [InlineData("About 12,400 patients are still waiting to leave Gaza for treatment.", "12,400", Metric.Other)]
    [InlineData("Some 3,000 people fled the town for Tawila.", "3,000", Metric.Displaced)]
    public void Referrals_at_home_waiting_patients_and_people_fleeing_keep_their_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(TreatmentAbroad.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Theory]
    [InlineData("COGAT said 52 patients and their companions had left on Wednesday.", "52", Metric.Evacuated)]
    [InlineData("About 16,000 patients are seeking to leave the enclave.", "16,000", Metric.Other)]
    public void Patients_who_have_left_are_evacuated_and_those_seeking_to_leave_are_not(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(TreatmentAbroad.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
