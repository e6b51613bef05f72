using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TakenInByAHostTests
{
    [Theory]
    [InlineData("Moldova has taken in more than 100,000 Ukrainians since the war began.", "100,000")]
    [InlineData("The town took in 60 Syrians last winter.", "60")]
    [InlineData("Neighbouring states are taking in 3,000 refugees a day.", "3,000")]
    public void People_a_host_takes_in_are_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenInByAHost.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Police took in 30 people for questioning after the protest.", "30")]
    [InlineData("Feeding centres have taken in nearly 9,000 children this year with severe malnutrition.", "9,000")]
    public void Questioning_and_a_care_centres_intake_are_no_refuge(string text, string number)
    {
        var run = CountPhraseRun.Of(TakenInByAHost.Rule, text, number);
        Assert.NotEqual(Metric.Displaced, run.Draft.Metric);
    }
}
