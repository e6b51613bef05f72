using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReceivedCoffinsTests
{
    [Theory]
    [InlineData("The leader received 18 flag-draped coffins of soldiers killed in Russia.", "18")]
    [InlineData("He welcomed 22 flag-draped caskets of North Korean troops at the airport.", "22")]
    public void Coffins_received_are_the_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(ReceivedCoffins.Rule, text, number);
        Assert.True(run.Phrase.Noun >= 0);
        Assert.Equal(Metric.Killed, run.Phrase.NamedMetric);
    }

    [Theory]
    [InlineData("The convoy received 30 tents for the families.", "30")]
    [InlineData("The hospital received 12 wounded soldiers overnight.", "12")]
    public void Other_things_received_are_no_coffins(string text, string number)
    {
        var run = CountPhraseRun.Of(ReceivedCoffins.Rule, text, number);
        Assert.Null(run.Phrase.NamedMetric);
    }

    // Coffins with no people named are the dead too; whose, the story's soldiers say later (CoffinsOfTheArmy).
    [Theory]
    [InlineData("The leader received 18 flag-draped coffins flown back from Russia.", "18")]
    [InlineData("He received 22 coffins at the airport.", "22")]
    public void Coffins_with_no_people_named_are_remains(string text, string number)
    {
        var run = CountPhraseRun.Of(ReceivedCoffins.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Phrase.NamedMetric);
        Assert.True(run.Draft.Remains);
    }
}
