using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NaturalCausesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Of the 60 bodies returned, the ministry said the remaining 15 had died of natural causes.", 15)]
    [InlineData("Relatives said four people in the village had died of natural causes since May.", 4)]
    [InlineData("Officials said nine elderly residents of the camp died of old age during the siege.", 9)]
    public void Deaths_of_natural_causes_are_other(string text, double value) =>
        Assert.Equal(Metric.Other, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Death_of_wounds_stays_killed() =>
        Assert.Equal(Metric.Killed, Assert.Single(Extractor.Extract("Doctors said 11 soldiers died of their wounds in the field hospital.", null), c => c.Value == 11).Metric);
}
