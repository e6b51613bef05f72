using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// "The Hamas-run health authorities" is AFP's name for Gaza's health ministry (sources.json alias).
/// </summary>
public sealed class HamasRunHealthAuthoritiesTests
{
    [Theory]
    [InlineData("Israel's offensive has killed more than 52,000 Palestinians, according to the Hamas-run health authorities.", 52000)]
    [InlineData("The Hamas-run health authorities said 31 people were killed in Gaza overnight.", 31)]
    [InlineData("At least 19 Palestinians were killed in Khan Younis, the Hamas-run health authorities said.", 19)]
    public void The_hamas_run_health_authorities_are_the_gaza_ministry(string sentence, int value)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == value);
        Assert.Equal("Gaza Health Ministry", claim.Source);
    }

    [Fact]
    public void Israeli_health_authorities_are_not_the_gaza_ministry()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("Israeli health authorities said 14 people were wounded in the rocket attack.", null), c => c.Value == 14);
        Assert.NotEqual("Gaza Health Ministry", claim.Source);
    }
}
