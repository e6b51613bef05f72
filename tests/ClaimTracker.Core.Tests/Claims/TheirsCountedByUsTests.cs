using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class TheirsCountedByUsTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Story = "Around 8,000 North Korean soldiers were sent to the front in the autumn, Western officials said.\n\n";

    [Theory]
    [InlineData("\"We counted 31 of their bodies after the first wave,\" the sergeant said.", 31)]
    [InlineData("\"In two days we killed 40 of their soldiers,\" a drone pilot said.", 40)]
    public void Their_dead_counted_by_us_are_the_storys_force(string sentence, double value)
    {
        Assert.StartsWith("North Korean ", Assert.Single(Extractor.Extract(Story + sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Their_dead_with_no_we_are_not_pointed_back()
    {
        var claim = Assert.Single(Extractor.Extract(Story + "Hezbollah said two of their fighters were killed in a strike on Tuesday.", null), c => c.Value == 2);
        Assert.DoesNotContain("North Korean", claim.Subject);
    }
}
