using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ApposedPartOfThemTests
{
    [Theory]
    [InlineData("Nearly half of them, about 600,000, are sheltering in schools.", 600000)]
    [InlineData("Most of them, some 9,000, fled to the coast.", 9000)]
    [InlineData("About a third of them, roughly 4,000, crossed into Chad.", 4000)]
    public void A_count_apposed_to_a_share_of_them_counts_the_displaced(string next, int value)
    {
        var text = "More than 12,000 people have been displaced from the district in a week, the agency said. " + next;
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(Metric.Displaced, claim.Metric);
    }
}
