using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class UnitStrengthTests
{
    [Theory]
    [InlineData("His company had 110 men when it arrived in the trenches, he said.", 110L)]
    [InlineData("The regiment still has about 900 soldiers near the town, a commander said.", 900L)]
    public void A_units_strength_is_deployed(string text, long value)
    {
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal(Metric.Deployed, Assert.Single(claims, c => c.Value == value).Metric);
    }

    [Fact]
    public void A_units_loss_keeps_its_fate()
    {
        var claims = new ClaimExtractor().Extract("The battalion had 60 men killed in the assault, its commander said.", null);
        Assert.Equal(Metric.Killed, Assert.Single(claims, c => c.Value == 60).Metric);
    }
}
