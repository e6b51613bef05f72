using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>A planned return of people who fled: the count is their displacement, reported.</summary>
public sealed class PeopleWhoFledTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The government says its offensive aims to allow the return of some 45,000 residents of the border towns who fled the shelling.", 45000)]
    [InlineData("The minister says he wants to return 30,000 people who left their homes near the frontier because of the rockets.", 30000)]
    [InlineData("Officials plan to bring back about 12,000 villagers who had fled the fighting in the spring.", 12000)]
    public void People_who_fled_are_reported_displaced(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal(Metric.Displaced, claim.Metric);
        Assert.Equal(ClaimStatus.Reported, claim.Status);
    }

    [Fact]
    public void A_planned_displacement_with_no_one_who_fled_stays_planned()
    {
        var claim = Assert.Single(Extractor.Extract("The army plans to displace 20,000 residents of the border towns before the offensive.", null), c => c.Value == 20000);
        Assert.Equal(ClaimStatus.Planned, claim.Status);
    }
}
