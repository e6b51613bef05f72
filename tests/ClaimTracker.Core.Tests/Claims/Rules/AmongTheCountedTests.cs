using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AmongTheCountedTests
{
    [Theory]
    [InlineData("Four children were among the 19 people killed in the shelling.", "Four", Metric.Killed)]
    [InlineData("Two nurses were among the 40 wounded in the raid.", "Two", Metric.Wounded)]
    public void A_count_among_others_shares_their_fate(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(AmongTheCounted.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void Among_them_takes_the_fate_of_the_people_last_counted()
    {
        var before = new PeopleContext([], "people", false, Metric.Displaced, 0, 0);
        var run = CountPhraseRun.Of(AmongTheCounted.Rule, "Around 600 unaccompanied children were among them.", "600", before);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Fact]
    public void Among_a_crowd_names_no_fate()
    {
        var run = CountPhraseRun.Of(AmongTheCounted.Rule, "About 300 students were among the crowd outside parliament.", "300");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.True(run.Draft.MetricGuessed);
    }
}
