using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class MovedToSafetyTests
{
    [Theory]
    [InlineData("Officials said 5,200 residents had been moved away from the river.", "5,200")]
    [InlineData("Another 800 villagers were moved to schools used as shelters.", "800")]
    [InlineData("Some 1,500 families were relocated to camps inland.", "1,500")]
    public void Civilians_moved_by_someone_are_evacuated(string text, string number)
    {
        var run = CountPhraseRun.Of(MovedToSafety.Rule, text, number);
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 3,000 residents moved to the city on their own.", "3,000", Metric.Displaced)]
    [InlineData("About 400 soldiers were moved to the front.", "400", Metric.Deployed)]
    public void People_who_moved_themselves_and_soldiers_keep_their_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(MovedToSafety.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
