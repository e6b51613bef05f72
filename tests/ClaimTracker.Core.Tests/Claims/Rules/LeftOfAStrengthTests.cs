using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LeftOfAStrengthTests
{
    [Fact]
    public void What_is_left_of_the_strength_is_other()
    {
        var claims = new ClaimExtractor().Extract("His company had 110 men in the autumn, he said. About 40 are left.", null);
        Assert.Equal(Metric.Deployed, Assert.Single(claims, c => c.Value == 110).Metric);
        Assert.Equal(Metric.Other, Assert.Single(claims, c => c.Value == 40).Metric);
    }

    [Fact]
    public void Hostages_left_alive_keep_their_reading()
    {
        var claims = new ClaimExtractor().Extract("The group had seized 30 soldiers in the raid. Only 20 were left alive, the army said.", null);
        Assert.NotEqual(Metric.Other, Assert.Single(claims, c => c.Value == 20).Metric);
    }
}
