using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CircumstanceClauseTests
{
    [Fact]
    public void Others_killed_as_they_fled_are_killed()
    {
        var claims = new ClaimExtractor().Extract("The UN says \"at least 3,900 people were killed\" inside the city, and \"over 1,450 others along exit routes as they fled\".", null);
        Assert.Equal(Metric.Killed, claims.Single(c => c.Value == 1450).Metric);
    }

    [Fact]
    public void A_crossing_before_the_circumstance_still_displaces()
    {
        var claims = new ClaimExtractor().Extract("About 5,000 people crossed into Chad as they fled the fighting, the UN refugee agency said.", null);
        Assert.Equal(Metric.Displaced, claims.Single(c => c.Value == 5000).Metric);
    }
}
