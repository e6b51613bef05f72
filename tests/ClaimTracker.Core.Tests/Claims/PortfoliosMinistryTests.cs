using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PortfoliosMinistryTests
{
    [Theory]
    [InlineData("the Justice Ministry")]
    [InlineData("The Ministry of Social Affairs")]
    [InlineData("Ukraine's Ministry of Internal Affairs")]
    [InlineData("the Kenyan interior ministry")]
    [InlineData("Ukraine's social policy ministry")]
    [InlineData("Ukraine's Ministry for Veterans Affairs")]
    public void A_ministry_of_a_government_portfolio_is_read(string words) =>
        Assert.True(PortfoliosMinistry.Is(words));

    [Theory]
    [InlineData("the health ministry")]
    [InlineData("the Defence Ministry")]
    [InlineData("the ministry")]
    [InlineData("the justice minister")]
    [InlineData("the Ministry of Health")]
    [InlineData("the Justice Ministry's spokesman")]
    public void A_health_or_defence_ministry_a_bare_ministry_or_a_minister_is_left_to_the_other_rules(string words) =>
        Assert.False(PortfoliosMinistry.Is(words));

    [Fact]
    public void The_foreign_ministry_is_not_placed_by_the_story()
    {
        Assert.True(PortfoliosMinistry.Is("the foreign ministry"));
        Assert.False(PortfoliosMinistry.IsPlaced("the foreign ministry"));
        Assert.False(PortfoliosMinistry.IsPlaced("the Ministry of Foreign Affairs"));
        Assert.True(PortfoliosMinistry.IsPlaced("the Ministry of Social Affairs"));
    }
}
