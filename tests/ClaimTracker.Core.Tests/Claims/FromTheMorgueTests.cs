using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FromTheMorgueTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Most of the bodies came from the front; 23 were transferred from morgues in Russia.", 23)]
    [InlineData("The remains of 40 people were moved from the city mortuary to the cemetery.", 40)]
    [InlineData("Officials said 12 arrived from the morgue at Nasser Hospital in the afternoon.", 12)]
    public void The_dead_moved_from_a_morgue_are_killed(string text, double value) =>
        Assert.Equal(Metric.Killed, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Troops_moved_from_a_region_stay_deployed() =>
        Assert.Equal(Metric.Deployed, Assert.Single(Extractor.Extract("The army said 4,000 troops were transferred from Kursk to the Zaporizhzhia front.", null), c => c.Value == 4000).Metric);
}
