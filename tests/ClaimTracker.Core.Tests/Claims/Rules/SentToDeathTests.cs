using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SentToDeathTests
{
    [Theory]
    [InlineData("The army said 14 militants had been \"sent to hell\" in the raid.", "14")]
    [InlineData("Survivors said the commanders sent 200 conscripts to their deaths on the river.", "200")]
    public void A_send_verb_whose_destination_is_death_names_the_killed(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void Troops_sent_to_a_place_are_deployed()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The government sent 500 troops to the border on Monday.", "500");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }
}
