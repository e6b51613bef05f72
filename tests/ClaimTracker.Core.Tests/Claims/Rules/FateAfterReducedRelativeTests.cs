using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FateAfterReducedRelativeTests
{
    [Theory]
    [InlineData("Some 300 troops sent to reinforce the garrison were reported killed in the assault.", "300", Metric.Killed)]
    [InlineData("About 900 soldiers deployed to help the army hold the line have been wounded, officials said.", "900", Metric.Wounded)]
    public void The_fate_after_the_participles_clause_is_theirs(string text, string number, Metric expected)
    {
        var run = CountPhraseRun.Of(FateAfterReducedRelative.Rule, text, number);
        Assert.Equal(expected, run.Draft.Metric);
    }

    [Fact]
    public void A_verb_of_fighting_after_it_keeps_the_deployment()
    {
        var run = CountPhraseRun.Of(FateAfterReducedRelative.Rule, "About 11,000 soldiers sent to Russia last year are now fighting in Kursk.", "11,000");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
    }
}
