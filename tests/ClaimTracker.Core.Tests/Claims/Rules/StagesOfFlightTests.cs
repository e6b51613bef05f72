using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class StagesOfFlightTests
{
    [Theory]
    [InlineData("Of those who fled, at least 1,900 patients have reached Kosti, the group said.", "1,900")]
    [InlineData("Of the people displaced, some 700 have arrived in Tawila.", "700")]
    [InlineData("The rest, more than 2,100 people, are still on the road.", "2,100")]
    [InlineData("The remaining 650 civilians are on the move towards the border.", "650")]
    public void Parts_of_a_flight_stay_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(StagesOfFlight.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("About 400 soldiers are on the move towards Pokrovsk.", "400")]
    [InlineData("Of the troops sent, 2,000 soldiers have reached the front.", "2,000")]
    public void Soldiers_on_the_move_stay_deployed(string text, string number)
    {
        var run = CountPhraseRun.Of(StagesOfFlight.Rule, text, number);
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }
}
