using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AsidesOwnFateTests
{
    [Theory]
    [InlineData("Some 2,100 people, including 640 who had been wounded, were evacuated from the city.", "640", Metric.Wounded)]
    [InlineData("The army said 230 fighters had surrendered, among them 31 who were wounded.", "31", Metric.Wounded)]
    public void An_aside_with_its_own_relative_clause_has_that_fate(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(AsidesOwnFate.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void An_aside_with_no_clause_of_its_own_keeps_the_outer_fate()
    {
        var run = CountPhraseRun.Of(AsidesOwnFate.Rule, "Some 2,100 people, including 640 children, were evacuated from the city.", "640");
        Assert.Equal(Metric.Evacuated, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Many of the wounded were taken to Al-Nao Hospital, including two boys who were declared dead on arrival.", "two")]
    [InlineData("The clinic received 27 wounded people overnight, among them five who were pronounced dead soon after.", "five")]
    public void A_pronounced_death_in_an_aside_is_killed(string text, string number)
    {
        Assert.Equal(Metric.Killed, CountPhraseRun.Of(AsidesOwnFate.Rule, text, number).Draft.Metric);
    }
}
