using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BasedBodyTests
{
    [Theory]
    [InlineData("The Gaza-based ", "PS")]
    [InlineData("said the Kyiv-based ", "UA")]
    [InlineData("The Gaza ", null)]
    [InlineData("a London-based monitor and the ", null)]
    public void A_place_before_based_right_before_the_anaphor_names_its_country(string before, string? country)
    {
        var tokens = new List<Token>();
        Token.Split(before, 0, before.Length, tokens);
        Assert.Equal(country, BasedBody.Country(before, tokens));
    }
}
