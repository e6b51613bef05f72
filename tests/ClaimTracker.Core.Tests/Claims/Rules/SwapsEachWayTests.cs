using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SwapsEachWayTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The exchange went on into a third day, with 250 soldiers on each side.", 250)]
    [InlineData("Another 412 servicemen crossed in each direction on the final day, the headquarters said.", 412)]
    [InlineData("The swap went ahead at the border, with 95 troops going home in each direction.", 95)]
    public void Swapped_each_way_is_other(string text, double value) =>
        Assert.Equal(Metric.Other, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Soldiers_sent_to_each_side_stay_deployed() =>
        Assert.Equal(Metric.Deployed, Assert.Single(Extractor.Extract("The ministry sent 600 soldiers to guard each side of the new bridge.", null), c => c.Value == 600).Metric);
}
