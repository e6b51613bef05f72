using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class StruckFightersTests
{
    [Theory]
    [InlineData("The army said its jets had struck 21 militants holding command positions overnight.", "21")]
    [InlineData("The army said its jets struck 18 terrorists operating from a command centre.", "18")]
    [InlineData("The military said a drone had struck \"three suspects\" who crossed the line.", "three")]
    public void Fighters_struck_are_killed(string text, string number)
    {
        var run = CountPhraseRun.Of(StruckFighters.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("A missile struck a bus carrying 30 passengers near the border.", "30")]
    [InlineData("The strike struck 40 homes in the village.", "40")]
    public void People_or_things_not_struck_as_fighters_keep_their_reading(string text, string number)
    {
        var run = CountPhraseRun.Of(StruckFighters.Rule, text, number);
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }
}
