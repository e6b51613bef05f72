using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class DealNarrationTests
{
    private const string Before = "The Gaza Health Ministry said 290 Palestinians had been killed since the ceasefire began.\n\n";

    [Theory]
    [InlineData("Under the first phase of the US-brokered deal, Hamas released 20 living hostages.", 20)]
    [InlineData("As part of the exchange, Israel freed 1,900 Palestinian prisoners.", 1900)]
    public void A_deals_terms_take_no_speaker_from_the_paragraph_before(string sentence, double value)
    {
        var claims = new ClaimExtractor().Extract(Before + sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void A_toll_in_the_same_paragraph_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract("The Gaza Health Ministry said 290 Palestinians had been killed since the ceasefire began. Another 17 bodies were recovered on Friday.", null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 17).Source);
    }
}
