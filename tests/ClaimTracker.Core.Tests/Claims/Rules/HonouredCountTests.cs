using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HonouredCountTests
{
    [Theory]
    [InlineData("State media said about 80 soldiers who came back from the deployment received state decorations.", "80")]
    [InlineData("The leader conferred the title of national hero on 12 commanders and fighters.", "12")]
    [InlineData("The leader awarded state honours to 75 soldiers.", "75")]
    public void An_honours_receivers_are_other(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The ministry said it had sent 600 soldiers to the border, where they later received medals.", "600", Metric.Deployed)]
    [InlineData("The leader awarded medals to 14 soldiers killed in the fighting.", "14", Metric.Killed)]
    public void A_verb_or_a_fate_outweighs_the_honour(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }
}
