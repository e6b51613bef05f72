using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CountedEventsTests
{
    [Theory]
    [InlineData("The Rapid Support Forces have committed four new massacres in the region, the army said.", "four")]
    [InlineData("The army said its jets carried out 25 strikes overnight.", "25")]
    [InlineData("Three separate attacks on the market were reported.", "Three")]
    [InlineData("The drones flew 40 sorties over the border.", "40")]
    public void A_count_of_events_counts_no_one(string text, string number)
    {
        var run = CountPhraseRun.Of(CountedEvents.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The government has committed 2,000 troops to the mission.", "2,000")]
    [InlineData("The strikes killed 14 people, medics said.", "14")]
    [InlineData("Nine new arrivals were registered at the camp.", "Nine")]
    public void A_count_of_people_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(CountedEvents.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
