using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The states a count's people are in, read by <see cref="MetricWord"/> through <see cref="ClauseMetric"/>:
/// <see cref="AwaitedFate"/>, <see cref="Confined"/>, <see cref="SentHome"/>, <see cref="ShelteredPeople"/> and
/// <see cref="HospitalCare"/>'s "still in hospital", with the gold conventions of docs/extraction.md.
/// </summary>
public sealed class MetricStatesTests
{
    [Theory]
    [InlineData("About 9,100 patients are still awaiting medical evacuation.", "9,100", Metric.Other)]
    [InlineData("Some 300 children are in need of urgent evacuation.", "300", Metric.Other)]
    [InlineData("At least 80 patients had died while waiting for evacuation.", "80", Metric.Killed)]
    [InlineData("Medics evacuated 40 patients to Jordan.", "40", Metric.Evacuated)]
    public void A_fate_still_awaited_is_no_fate(string text, string number, Metric metric) =>
        Assert.Equal(metric, CountPhraseRun.Of(ClauseMetric.Rule, text, number).Draft.Metric);

    [Theory]
    [InlineData("Around 85 rebel fighters remain holed up in a basement.", "85", Metric.Other)]
    [InlineData("About 200 soldiers were stranded on the far bank.", "200", Metric.Other)]
    [InlineData("Eleven residents remain trapped under the rubble.", "Eleven", Metric.Missing)]
    public void People_shut_in_are_other_unless_under_the_rubble(string text, string number, Metric metric) =>
        Assert.Equal(metric, CountPhraseRun.Of(ClauseMetric.Rule, text, number).Draft.Metric);

    [Theory]
    [InlineData("The North has sent 9,000 soldiers and is preparing to rotate as many as 3,000 of them home.", "3,000", Metric.Other)]
    [InlineData("A drone killed four soldiers in their home.", "four", Metric.Killed)]
    [InlineData("About 500 soldiers guard the home front.", "500", Metric.Deployed)]
    public void Troops_going_home_leave_the_theatre(string text, string number, Metric metric)
    {
        // Through the whole extractor: "3,000 of them" needs the count before it.
        var claim = new ClaimExtractor().Extract(text).Single(c => c.MentionText.EndsWith(number, StringComparison.Ordinal));
        Assert.Equal(metric, claim.Metric);
    }

    [Theory]
    [InlineData("More than 21,000 people were staying in collective shelters.", "21,000", Metric.Displaced)]
    [InlineData("About 140,000 children were living in tents.", "140,000", Metric.Displaced)]
    [InlineData("About 38,000 people were still registered in collective shelters.", "38,000", Metric.Displaced)]
    [InlineData("A strike on a shelter killed 17 people.", "17", Metric.Killed)]
    [InlineData("About 400 people had taken shelter in the hospital grounds.", "400", Metric.Displaced)]
    [InlineData("Some 1,900 of the displaced had found shelter in mosques.", "1,900", Metric.Displaced)]
    [InlineData("Nearly 6,000 people were taking shelter in the school.", "6,000", Metric.Displaced)]
    [InlineData("Guards took 30 prisoners to a shelter.", "30", Metric.Captured)]
    [InlineData("Some 300 shelters are open, and more than 52,000 people are registered in them.", "52,000", Metric.Displaced)]
    [InlineData("Almost 90 shelters have been opened, most of them schools, and over 18,000 people are registered in them.", "18,000", Metric.Displaced)]
    [InlineData("About 190 families had been living in the school since the autumn.", "190", Metric.Displaced)]
    [InlineData("Some 75 residents spent the night in a school hall.", "75", Metric.Displaced)]
    [InlineData("Some 75 residents spent the night in the street after the strike.", "75", Metric.Other)]
    [InlineData("Some 80 pupils per class share the school's four rooms.", "80", Metric.Other)]
    public void People_living_in_shelters_are_displaced(string text, string number, Metric metric) =>
        Assert.Equal(metric, CountPhraseRun.Of(ClauseMetric.Rule, text, number).Draft.Metric);

    [Fact]
    public void A_pronoun_with_no_shelter_before_it_is_no_shelter() =>
        Assert.NotEqual(Metric.Displaced, CountPhraseRun.Of(ClauseMetric.Rule, "The old quarter was rebuilt after the war, and about 2,400 people live in it.", "2,400").Draft.Metric);

    [Theory]
    [InlineData("More than 40 people were still in hospital on Friday.", "40", Metric.Wounded)]
    [InlineData("Another 880 were lying in hospital morgues.", "880", Metric.Killed)]
    public void People_kept_in_hospital_are_wounded(string text, string number, Metric metric) =>
        Assert.Equal(metric, CountPhraseRun.Of(ClauseMetric.Rule, text, number).Draft.Metric);

    [Theory]
    [InlineData("About 1,400 soldiers, most of them conscripts, were killed.", "1,400", Metric.Killed)]
    [InlineData("Three more people, one of them a nurse, died overnight.", "Three", Metric.Killed)]
    [InlineData("More than 12 children aged between six and nine had been killed at the school.", "12", Metric.Killed)]
    [InlineData("The army mourned at least 55 victims.", "55", Metric.Killed)]
    [InlineData("Another 41,000 returnees have come back from Chad.", "41,000", Metric.Displaced)]
    public void The_verb_past_an_apposition_or_a_range_decides(string text, string number, Metric metric) =>
        Assert.Equal(metric, new ClaimExtractor().Extract(text).First(c => c.MentionText.EndsWith(number, StringComparison.Ordinal)).Metric);
}
