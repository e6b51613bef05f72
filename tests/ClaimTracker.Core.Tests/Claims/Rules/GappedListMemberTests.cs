using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class GappedListMemberTests
{
    private const string Breakdown = "Israeli strikes on southern Lebanon killed 52 people on Tuesday, the health ministry said. The ministry gave a breakdown of those killed, saying 312 of them were men, 38 women and 61 children.";

    [Theory]
    [InlineData(Breakdown, 38)]
    [InlineData(Breakdown, 61)]
    public void A_member_after_the_first_shares_its_fate(string text, int value)
    {
        var claim = new ClaimExtractor().Extract(text, null).Single(c => c.Value == value);
        Assert.Equal(Metric.Killed, claim.Metric);
    }

    [Fact]
    public void A_member_with_a_fate_of_its_own_keeps_it()
    {
        var claims = new ClaimExtractor().Extract("Officials said 30 of them were killed, 12 wounded and five missing.", null);
        Assert.Equal(Metric.Wounded, claims.Single(c => c.Value == 12).Metric);
    }
}
