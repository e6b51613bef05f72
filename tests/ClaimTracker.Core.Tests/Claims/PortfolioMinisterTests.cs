using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A portfolio's minister stands for that ministry; "the minister" alone names no portfolio (it crashed the extractor on
/// a real-style article when the words "the " and " minister" overlapped).
/// </summary>
public sealed class PortfolioMinisterTests
{
    [Theory]
    [InlineData("the health minister", "the health ministry")]
    [InlineData("The Defence Minister", "the defence ministry")]
    [InlineData("the minister", null)]
    [InlineData("the  minister", null)]
    [InlineData("the prime minister", null)]
    [InlineData("the deputy health minister", null)]
    [InlineData("minister", null)]
    [InlineData("", null)]
    public void Names_the_ministry_of_a_portfolio_only(string words, string? expected) =>
        Assert.Equal(expected, PortfolioMinister.Ministry(words));

    [Theory]
    [InlineData("health minister", "the health ministry")]
    [InlineData("the health minister", null)]
    [InlineData("Health Minister", "the health ministry")]
    [InlineData("Prime Minister", null)]
    [InlineData("Health Minister Firass Abiad", null)]
    [InlineData("minister", null)]
    [InlineData("prime minister", null)]
    public void A_headlines_bare_portfolio_minister_is_the_ministry(string words, string? expected) =>
        Assert.Equal(expected, PortfolioMinister.Bare(words));

    [Fact]
    public void An_article_quoting_the_minister_alone_is_read_without_failing()
    {
        var claims = new ClaimExtractor().Extract(
            "BEIRUT - Israeli strikes killed 14 people in the south on Monday, the minister said.\n\nThe minister added that 30 were wounded.");
        Assert.Contains(claims, c => c.Value == 14);
    }
}
