using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NounOfCountTests
{
    [Theory]
    [InlineData("The blast resulted in the deaths of 12 police officers and injuries to at least 30 others.", "12", Metric.Killed)]
    [InlineData("The blast resulted in the deaths of 12 police officers and injuries to at least 30 others.", "30", Metric.Wounded)]
    [InlineData("Prosecutors are investigating the killing of some 18 people near the highway.", "18", Metric.Killed)]
    [InlineData("The group said it still held the remains of 19 captives in the tunnels.", "19", Metric.Killed)]
    [InlineData("The Red Cross carried the bodies of seven hostages to the crossing.", "seven", Metric.Killed)]
    [InlineData("State television showed the coffins of 20 soldiers flown back from the front.", "20", Metric.Killed)]
    public void A_metric_noun_before_of_or_to_names_the_count(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void The_arrival_of_troops_is_read_by_the_clause_not_the_noun()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Officials welcomed the arrival of 400 troops who were sent to guard the dam.", "400");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Fact]
    public void The_funeral_of_family_members_counts_the_dead()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "He spoke at the funeral of six members of his family.", "six");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }
}
