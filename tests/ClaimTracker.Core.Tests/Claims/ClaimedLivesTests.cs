using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ClaimedLivesTests
{
    private static readonly ClaimExtractor Extractor = new();

    // The verb is the text's first token.
    [Theory]
    [InlineData("claimed at least 9,000 lives since March", true)]
    [InlineData("claimed the lives of 14 villagers", true)]
    [InlineData("claimed more than 2 million lives", true)]
    [InlineData("claims an estimated 600 lives a year", true)]
    [InlineData("claimed 40 soldiers were killed", false)]
    [InlineData("claimed responsibility for the attack", false)]
    [InlineData("said the raid cost 12 lives", false)]
    public void Only_lives_after_numbers_and_lead_words_make_the_verb_a_toll(string text, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        Assert.Equal(expected, ClaimedLives.Is(text, tokens, 0));
    }

    [Fact]
    public void A_war_that_claimed_lives_is_no_speaker()
    {
        const string text = "The International Organization for Migration (IOM) said camps in the east keep filling. In June, IOM "
            + "regional director Lena Marsh said the fighting had emptied two towns.\n\nMarsh put the number of displaced people at "
            + "more than 2 million, and said the conflict had claimed at least 9,000 lives. Some 5,000 measles cases had been "
            + "logged since January, she said.";
        var claims = Extractor.Extract(text, null);
        Assert.Equal("IOM", Assert.Single(claims, c => c.Value == 9000).Source);
        Assert.Equal("IOM", Assert.Single(claims, c => c.Value == 5000).Source);
    }

    [Fact]
    public void A_claim_of_something_else_still_speaks()
    {
        var claim = Assert.Single(Extractor.Extract("The Russian Defence Ministry claimed 300 Ukrainian soldiers were killed in the raid.", null));
        Assert.Equal("Russian MoD", claim.Source);
    }
}
