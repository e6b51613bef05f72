using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CommemorationCrowdTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("About 500 Kharkiv residents joined Sunday's commemoration of the victims.", 500)]
    [InlineData("Some 2,000 people gathered for the funeral of the slain reporters in Khan Younis.", 2000)]
    [InlineData("More than 400 relatives joined a vigil outside the hospital on Monday.", 400)]
    public void A_crowd_at_a_commemoration_is_other(string text, double value) =>
        Assert.Equal(Metric.Other, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Volunteers_joining_a_brigade_stay_deployed() =>
        Assert.Equal(Metric.Deployed, Assert.Single(Extractor.Extract("About 1,500 volunteers joined the brigade in March, the army said.", null), c => c.Value == 1500).Metric);
}
