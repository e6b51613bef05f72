using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NamedOnAListOfTheDeadTests
{
    [Theory]
    [InlineData("The latest list of the dead named 28,663 people.", "28,663")]
    [InlineData("The register of those killed lists 60,000 people.", "60,000")]
    public void A_list_of_the_dead_names_the_dead(string text, string number)
    {
        var run = CountPhraseRun.Of(NamedOnAListOfTheDead.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_list_with_no_death_in_its_paragraph_names_no_dead()
    {
        var run = CountPhraseRun.Of(NamedOnAListOfTheDead.Rule, "The election commission said its list named 5,000 people as candidates.", "5,000");
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }
}
