using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BareCrossingTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("More than 4,000 people have crossed since Friday, the refugee agency said.", 4000)]
    [InlineData("The agency said 1,200 people had crossed, most of them women and children.", 1200)]
    [InlineData("About 700 people crossed overnight, the border police said.", 700)]
    [InlineData("Up to 3,000 people may have crossed in the past two days, the agency said.", 3000)]
    public void People_who_crossed_with_no_border_named_are_displaced(string text, double value)
    {
        Assert.Equal(Metric.Displaced, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);
    }

    [Fact]
    public void Soldiers_who_crossed_are_not_displaced()
    {
        var claims = Extractor.Extract("About 300 soldiers crossed overnight, the army said.", null);
        Assert.DoesNotContain(claims, c => c.Metric == Metric.Displaced);
    }
}
