using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CaptorBeforeTheCountTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Story = "Pyongyang sent about 11,000 soldiers to Russia's Kursk region last autumn, officials say. ";

    [Theory]
    [InlineData("Ukrainian troops captured three soldiers near Sudzha in January.", 3)]
    [InlineData("In January, Ukrainian forces also captured two soldiers, who are now held in Kyiv.", 2)]
    public void Soldiers_a_country_captured_are_the_storys(string sentence, double value)
    {
        Assert.Equal("North Korean troops", Assert.Single(Extractor.Extract(Story + sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_country_that_lost_the_soldiers_still_names_them()
    {
        var claims = Extractor.Extract(Story + "Ukrainian forces also lost two soldiers near Sudzha.", null);
        Assert.NotEqual("North Korean troops", Assert.Single(claims, c => c.Value == 2).Subject);
    }
}
