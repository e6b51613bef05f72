using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CountrysVoiceTests
{
    [Theory]
    [InlineData("Israel")]
    [InlineData("North Korea")]
    [InlineData("Ukrainian officials")]
    [InlineData("the Syrian authorities")]
    [InlineData("a senior Lebanese official")]
    [InlineData("official Israeli figures")]
    [InlineData("Israeli figures")]
    [InlineData("Ukrainian data")]
    [InlineData("Israeli authorities")]
    public void The_state_speaks_through_its_country_officials_authorities_and_official_count(string words) =>
        Assert.True(CountrysVoice.Is(words));

    [Theory]
    [InlineData("Ukrainian defence officials")]
    [InlineData("local officials")]
    [InlineData("the Lebanese army")]
    [InlineData("Israeli military figures")]
    [InlineData("a Ukrainian military official")]
    public void A_body_a_domain_or_no_country_is_not_the_state(string words) =>
        Assert.False(CountrysVoice.Is(words));
}
