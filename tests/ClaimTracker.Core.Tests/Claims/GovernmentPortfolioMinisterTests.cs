using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class GovernmentPortfolioMinisterTests
{
    [Theory]
    [InlineData("the Lebanese foreign minister")]
    [InlineData("Lebanon's foreign minister")]
    [InlineData("the Sudanese interior minister")]
    [InlineData("Ukraine's interior minister")]
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
}
