using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RunningLossesOfTheDeadTests
{
    [Theory]
    [InlineData("The army reported the deaths of two soldiers in the south, bringing its losses since the invasion began to 19.", "19")]
    [InlineData("Two more soldiers were killed in the north on Tuesday, raising the day's losses to 11.", "11")]
    [InlineData("Four reservists died in a drone strike, taking the army's losses in the campaign to 31.", "31")]
    public void Losses_a_count_of_dead_brings_up_are_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(RunningLossesOfTheDead.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Russia had lost 1,180 troops in the past day, bringing its losses since the invasion began to about 878,000.", "878,000")]
    [InlineData("Russia lost 1,030 troops killed or wounded over the past day, bringing its total losses to about 1,230,000.", "1,230,000")]
    public void Losses_a_count_of_losses_brings_up_stay_losses(string text, string number)
    {
        var run = CountPhraseRun.Of(RunningLossesOfTheDead.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }
}
