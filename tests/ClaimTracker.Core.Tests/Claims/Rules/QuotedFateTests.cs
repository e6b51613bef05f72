using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class QuotedFateTests
{
    [Theory]
    [InlineData("The Red Cross said 28 people were \"declared dead upon arrival\" at its hospital.", "28", Metric.Killed)]
    [InlineData("The mayor said 12 residents had \u201Cnot been heard from\u201D since the strike.", "12", Metric.Missing)]
    public void A_quoted_fate_after_the_auxiliaries_is_the_counts(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(QuotedFate.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void A_quote_with_no_fate_word_leaves_the_guess()
    {
        var run = CountPhraseRun.Of(QuotedFate.Rule, "Officials said 40 people were \"in the building\" at the time.", "40");
        Assert.True(run.Draft.MetricGuessed);
    }
}
