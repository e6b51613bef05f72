using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RelativeClauseVerbTests
{
    [Theory]
    [InlineData("Six gunmen who tried to enter the compound after the explosion were killed.", "Six", Metric.Killed)]
    [InlineData("Of the 40 passengers who needed hospital care, most came from the capital.", "40", Metric.Wounded)]
    [InlineData("A lawyers' group recorded 830 people who disappeared after being arrested at checkpoints.", "830", Metric.Missing)]
    public void The_main_verb_or_the_relative_clause_names_the_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void A_relative_clause_naming_nothing_leaves_the_guess()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The 30 teachers who signed the letter met the minister.", "30");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }
}
