using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BackgroundNarrationTests
{
    [Theory]
    [InlineData("The war began when gunmen attacked the border towns, killing some 1,200 people.", 1200)]
    [InlineData("The conflict in Sudan erupted in April 2023 and has killed at least 40,000 people.", 40000)]
    public void How_the_war_began_takes_no_speaker_from_the_sentence_before(string background, double value)
    {
        var claims = new ClaimExtractor().Extract("Strikes killed 14 people overnight, the health ministry said on Friday.\n\n" + background, null);
        var claim = Assert.Single(claims, c => c.Value == value);
        Assert.Null(claim.SourceMention);
    }

    [Fact]
    public void A_sentence_that_goes_on_with_the_story_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract("Strikes killed 14 people overnight, the Gaza Health Ministry said on Friday.\n\nThe strikes also wounded 30 people.", null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 30).Source);
    }
}
