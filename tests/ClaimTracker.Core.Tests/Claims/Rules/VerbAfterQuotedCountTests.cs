using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class VerbAfterQuotedCountTests
{
    [Theory]
    [InlineData("The army said only that \"scores of militants\" had been neutralised.", "scores", Metric.Killed)]
    [InlineData("Police said \u201C40 suspects\u201D were arrested overnight.", "40", Metric.Detained)]
    [InlineData("The governor wrote that \"at least 20 residents\" were known to be hurt.", "20", Metric.Wounded)]
    [InlineData("The group said \u201Cdozens of fighters\u201D are believed to have been killed.", "dozens", Metric.Killed)]
    public void The_verb_after_the_closing_quote_gives_the_metric(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(VerbAfterQuotedCount.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Fact]
    public void A_quoted_count_followed_by_the_speaker_is_left_alone()
    {
        var run = CountPhraseRun.Of(VerbAfterQuotedCount.Rule, "\"We saw 300 soldiers,\" a villager said.", "300");
        Assert.True(run.Draft.MetricGuessed);
    }
}
