using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ThereAreVictimsTests
{
    [Theory]
    [InlineData("Today alone there are nine victims, the governor said.", "nine")]
    [InlineData("As of now there are 14 victims in the city.", "14")]
    [InlineData("So far there have been 12 victims of the shelling.", "12")]
    public void An_existential_count_of_victims_counts_the_casualties(string text, string number)
    {
        var run = CountPhraseRun.Of(ThereAreVictims.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void Victims_without_there_keep_the_clause_reading()
    {
        var run = CountPhraseRun.Of(ThereAreVictims.Rule, "Aid reached 300 victims of the floods.", "300");
        Assert.NotEqual(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void People_that_are_not_victims_are_another_construction()
    {
        var run = CountPhraseRun.Of(ThereAreVictims.Rule, "There are 200 people in the shelter.", "200");
        Assert.NotEqual(Metric.KilledOrWounded, run.Draft.Metric);
    }
}
