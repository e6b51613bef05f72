using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class MovedForCareTests
{
    [Theory]
    [InlineData("Some 52 patients were transferred from the Kamal Adwan hospital to al-Shifa.", "52")]
    [InlineData("The agency transferred 38 sick and injured patients out of the Strip.", "38")]
    [InlineData("Medics moved 19 patients to a field hospital in Khan Younis.", "19")]
    [InlineData("Paramedics carried 23 wounded to hospitals in Tyre.", "23")]
    [InlineData("The WHO oversaw the transfer of 40 patients from Nasser hospital.", "40")]
    [InlineData("Nine health workers were moved to al-Ahli hospital.", "Nine")]
    public void People_moved_for_care_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(MovedForCare.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 800 Russian soldiers were transferred from Zaporizhzhia to Kursk.", "800", Metric.Deployed)]
    [InlineData("Some 27 wounded were taken to hospitals in Rafah.", "27", Metric.Wounded)]
    [InlineData("Doctors said 300 amputations had been carried out since June.", "300", Metric.Wounded)]
    public void Troops_moved_the_wounded_taken_to_hospital_and_deeds_keep_their_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(MovedForCare.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
