using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="PrepositionalOne"/>, read through the clause bound of the count before it.</summary>
public sealed class PrepositionalOneTests
{
    [Theory]
    [InlineData("The army said eight villagers from one family had died.", "eight", Metric.Killed)]
    [InlineData("Twelve residents of one village were wounded in the shelling.", "Twelve", Metric.Wounded)]
    public void One_after_a_preposition_does_not_end_the_clause(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
