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

    [Theory]
    [InlineData("Ukraine's military intelligence said about 3,800 North Koreans were still working in the region.", "3,800", Metric.Deployed)]
    [InlineData("More than 300 rescuers and medics were working at the scene.", "300", Metric.Other)]
    public void Nationals_at_work_abroad_are_deployed_and_rescuers_at_a_scene_are_not(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(WorkforceAbroad.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
