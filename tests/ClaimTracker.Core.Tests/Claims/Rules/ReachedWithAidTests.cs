using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReachedWithAidTests
{
    [Theory]
    [InlineData("In March, the agency and its partners reached more than 12,000 children with counselling.", "12,000")]
    [InlineData("Volunteers reached over 900 families, most of them headed by women, with blankets and water.", "900")]
    public void People_reached_with_aid_are_counted_for_the_help(string text, string number)
    {
        var run = CountPhraseRun.Of(ReachedWithAid.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Mobile teams reached some 2,300 displaced people with food parcels on Tuesday.", "2,300")]
    [InlineData("WFP has so far reached 9,100 IDPs in Kassala with emergency food rations.", "9,100")]
    public void People_reached_with_aid_described_as_displaced_stay_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(ReachedWithAid.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Since Sunday, some 9,000 people have reached the town, the agency said.", "9,000", Metric.Displaced)]
    [InlineData("About 3,000 soldiers reached the front line with fresh ammunition.", "3,000", Metric.Deployed)]
    public void People_who_reached_a_place_keep_their_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ReachedWithAid.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
