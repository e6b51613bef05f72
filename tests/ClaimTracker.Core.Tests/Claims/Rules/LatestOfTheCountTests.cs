using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LatestOfTheCountTests
{
    [Theory]
    [InlineData("The centre says 3,120 Ukrainians have come home in exchanges since the invasion began, the latest 205 on Friday.", 205, Metric.Other)]
    [InlineData("Officials said 3,000 people had been evacuated from the town, the last 250 on Friday.", 250, Metric.Evacuated)]
    public void More_of_the_same_people_share_their_count(string text, int value, Metric metric)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(metric, claim.Metric);
    }

    [Theory]
    [InlineData("The strikes killed 40 people and destroyed another 300 homes, officials said.", 300)]
    [InlineData("About 2,000 people fled the town, the ministry said in its latest 12-page report.", 12)]
    public void Things_counted_after_people_are_no_claim(string text, int value)
    {
        Assert.DoesNotContain(new ClaimExtractor().Extract(text, null), c => c.Value == value);
    }
}
