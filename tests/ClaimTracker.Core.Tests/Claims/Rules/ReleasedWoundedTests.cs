using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReleasedWoundedTests
{
    [Theory]
    [InlineData("Ukraine repatriated 212 severely wounded soldiers in the latest exchange.", "212")]
    [InlineData("Some 1,800 injured soldiers have been repatriated under the deal.", "1,800")]
    [InlineData("Russia said it had swapped 84 seriously wounded servicemen.", "84")]
    public void Wounded_prisoners_released_are_other(string text, string number)
    {
        var run = CountPhraseRun.Of(ReleasedWounded.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("A doctor said 150 wounded people had been brought in since the morning.", "150")]
    [InlineData("Twelve wounded were released from hospital on Monday.", "Twelve")]
    [InlineData("Another 30 soldiers were wounded in the shelling.", "30")]
    public void Wounded_brought_in_or_discharged_stay_wounded(string text, string number)
    {
        var run = CountPhraseRun.Of(ReleasedWounded.Rule, text, number);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
