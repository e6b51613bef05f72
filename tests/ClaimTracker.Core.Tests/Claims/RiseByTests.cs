using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RiseByTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void The_size_of_a_rise_in_a_number_of_people_is_an_increment()
    {
        var claim = Assert.Single(Extractor.Extract("The number of Belarusian instructors at the base has increased by some 400, the ministry said.", null), c => c.Value == 400);
        Assert.Equal(Metric.Deployed, claim.Metric);
        Assert.True(claim.Increment);
    }

    [Fact]
    public void A_rise_to_a_figure_stays_a_total()
    {
        var claim = Assert.Single(Extractor.Extract("The number of Belarusian instructors at the base has risen to some 1,400, the ministry said.", null), c => c.Value == 1400);
        Assert.NotEqual(true, claim.Increment);
    }
}
