using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class GovernmentPortfolioMinisterTests
{
    [Theory]
    [InlineData("the Lebanese foreign minister")]
    [InlineData("Lebanon's foreign minister")]
    [InlineData("the Sudanese interior minister")]
    [InlineData("Ukraine's interior minister")]
    [InlineData("Ukraine's sports minister")]
    [InlineData("the Sudanese justice minister")]
    public void A_countrys_foreign_or_interior_minister_is_a_member_of_its_government(string words) =>
        Assert.True(GovernmentPortfolioMinister.Is(words));

    [Theory]
    [InlineData("the Lebanese health minister")]
    [InlineData("the foreign minister")]
    [InlineData("the Lebanese foreign ministry")]
    [InlineData("Foreign Minister Gideon Sa'ar")]
    [InlineData("the Lebanese prime minister")]
    public void A_health_minister_a_minister_of_no_country_or_a_named_minister_is_left_to_the_other_rules(string words) =>
        Assert.False(GovernmentPortfolioMinister.Is(words));

    [Fact]
    public void The_countrys_minister_of_any_government_portfolio_is_read_but_not_a_health_or_prime_minister()
    {
        Assert.True(GovernmentPortfolioMinister.IsCountrys("the country's sports minister"));
        Assert.True(GovernmentPortfolioMinister.IsCountrys("the nation's culture minister"));
        Assert.False(GovernmentPortfolioMinister.IsCountrys("the country's health minister"));
        Assert.False(GovernmentPortfolioMinister.IsCountrys("the country's prime minister"));
        Assert.False(GovernmentPortfolioMinister.IsCountrys("the country's sports ministry"));
    }
}
