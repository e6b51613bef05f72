using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>"freed N people from the building" is a rescue (PulledFrom, pulledVerbs "freed"): evacuated.</summary>
public sealed class FreedFromAPlaceTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The emergency service said its rescuers had freed 14 people from the damaged building.", 14)]
    [InlineData("Firefighters freed nine residents from the rubble of the house overnight.", 9)]
    [InlineData("Rescuers freed 23 people from the collapsed block overnight, the city said.", 23)]
    public void Freed_from_a_place_is_evacuated(string text, double value)
    {
        Assert.Equal(Metric.Evacuated, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);
    }

    [Fact]
    public void Freed_hostages_are_no_rescue_from_a_place()
    {
        Assert.NotEqual(Metric.Evacuated, Assert.Single(Extractor.Extract("The group freed 14 hostages on Monday, the mediators said.", null), c => c.Value == 14).Metric);
    }
}
