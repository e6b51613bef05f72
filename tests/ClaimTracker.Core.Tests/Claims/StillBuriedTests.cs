using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class StillBuriedTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Rescuers in Khan Younis said more than 30 people were still buried after the block was hit.", 30)]
    [InlineData("The civil defence put the number of people still buried beneath flattened homes at about 8,000.", 8000)]
    [InlineData("Medics said 12 were killed and at least 20 others are still buried in the wreck of the school.", 20)]
    public void Still_buried_people_are_missing(string text, double value) =>
        Assert.Equal(Metric.Missing, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Buried_in_a_grave_stays_killed() =>
        Assert.Equal(Metric.Killed, Assert.Single(Extractor.Extract("Medics said 41 people were buried in a mass grave in the hospital yard on Tuesday.", null), c => c.Value == 41).Metric);
}
