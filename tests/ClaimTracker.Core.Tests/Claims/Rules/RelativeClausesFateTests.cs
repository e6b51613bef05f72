using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RelativeClausesFateTests
{
    [Theory]
    [InlineData("Kim greeted the returning soldiers and paid tribute to nine service members who were killed during the deployment.", "nine", Metric.Killed)]
    [InlineData("The president met the returning troops and honoured 12 border guards who had been wounded in the fighting.", "12", Metric.Wounded)]
    public void The_relative_clauses_fate_outweighs_a_word_before_the_count(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(RelativeClausesFate.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void A_guessed_metric_is_left_to_the_main_verb_rule()
    {
        var run = CountPhraseRun.Of(RelativeClausesFate.Rule, "The 30 teachers who signed the letter met the minister.", "30");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.True(run.Draft.MetricGuessed);
    }
}
