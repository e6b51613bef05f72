using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class WorkforceAbroadTests
{
    [Theory]
    [InlineData("About 4,500 North Korean workers were already thought to be in Russia.", "4,500")]
    [InlineData("Around 2,500 construction workers are believed to be in Russia.", "2,500")]
    public void Workers_said_to_be_in_a_country_are_deployed(string text, string number)
    {
        var run = CountPhraseRun.Of(WorkforceAbroad.Rule, text, number);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 300 workers were in the building when it collapsed.", "300")]
    [InlineData("About 300 workers were killed in Russia.", "300")]
    public void Workers_in_a_building_or_with_a_fate_keep_their_metric(string text, string number)
    {
        var run = CountPhraseRun.Of(WorkforceAbroad.Rule, text, number);
        Assert.NotEqual(Metric.Deployed, run.Draft.Metric);
    }
}
