using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

public sealed class MinistryWordOrdersTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    [Theory]
    [InlineData("the Palestinian Ministry of Health said", "Gaza Health Ministry")]
    [InlineData("Lebanon's Minister of Public Health said", "Lebanese Health Ministry")]
    [InlineData("the Health Ministry of Ukraine said", "Ukrainian Health Ministry")]
    [InlineData("the Israeli Ministry of Defense said", "Israeli government")]
    [InlineData("the Sudanese Ministry of Public Health said", "Sudanese Health Ministry")]
    public void A_ministry_in_another_word_order_reaches_the_registered_one(string text, string expected)
    {
        Assert.Equal(expected, Registry.Resolve(text)?.Name);
    }

    [Fact]
    public void An_alias_gets_both_orders_with_its_own_qualifier_and_place()
    {
        var orders = MinistryWordOrders.Orders("Palestinian Health Ministry").ToList();
        Assert.Contains("Palestinian Ministry of Health", orders);
        Assert.Contains("Palestinian Ministry of Public Health", orders);
        Assert.Contains("Ministry of Health in Gaza", MinistryWordOrders.Orders("Gaza's Health Ministry").ToList());
    }

    [Theory]
    [InlineData("Defence Minister Sergei Shoigu")]
    [InlineData("Ministry of Culture and Information")]
    [InlineData("Ministry of Health (Israel)")]
    public void A_name_or_an_unknown_portfolio_has_no_other_order(string alias)
    {
        Assert.Empty(MinistryWordOrders.Orders(alias));
    }

    [Fact]
    public void A_bare_ministry_of_health_names_no_ministry()
    {
        Assert.Null(Registry.Resolve("the Ministry of Health said"));
    }
}
