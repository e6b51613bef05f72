using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgeCompoundTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The strike killed 30 people, among them two 14-year-old boys, the ministry said.", 2, "boys")]
    [InlineData("Three six-month-old babies were wounded when the shell hit the clinic, the governor said.", 3, "babies")]
    [InlineData("Two one-year-old girls and a four-year-old boy were killed in the strike, the governor said.", 2, "girls")]
    public void The_count_before_an_age_counts_the_noun_after_it(string text, double value, string noun)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.EndsWith(noun, claim.Subject, StringComparison.Ordinal);
        Assert.NotEqual(Metric.Other, claim.Metric);
    }

    [Theory]
    [InlineData("A 16-year-old boy was wounded by shrapnel, the governor said.")]
    [InlineData("Officials said a 20-year-old conscript was missing after the attack.")]
    public void The_age_alone_counts_nobody(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text, null), c => c.Value is 16 or 20);
}
