using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SoughtWorkforceTests
{
    [Theory]
    [InlineData("The Omsk region seeks 3,000 North Korean workers for its road projects.", "3,000")]
    [InlineData("Officials want another 1,200 North Korean labourers on their sites.", "1,200")]
    [InlineData("The ministry was asked to import 2,500 workers from North Korea.", "2,500")]
    [InlineData("Authorities floated plans to bring in 15,000 North Korean workers.", "15,000")]
    public void A_states_workers_asked_for_are_deployed(string text, string number)
    {
        var run = CountPhraseRun.Of(SoughtWorkforce.Rule, text, number);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }

    [Theory]
    [InlineData("A farm in the south wants 300 workers for the harvest.", "300")]
    [InlineData("The plant wants to hire 300 North Korean workers.", "300")]
    [InlineData("Ministers have floated bringing in 20,000 workers from India and Sri Lanka.", "20,000")]
    [InlineData("The government wants 5,000 workers from India for its building sites.", "5,000")]
    public void Workers_of_no_nation_or_not_asked_for_keep_their_metric(string text, string number)
    {
        var run = CountPhraseRun.Of(SoughtWorkforce.Rule, text, number);
        Assert.NotEqual(Metric.Deployed, run.Draft.Metric);
    }
}
