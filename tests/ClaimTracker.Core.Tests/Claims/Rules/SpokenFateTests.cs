using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SpokenFateTests
{
    [Theory]
    [InlineData("The Qatari envoy urged Hamas to release the roughly 60 hostages the Israeli government says remain in Gaza.", 60, Metric.Captured, ClaimStatus.Reported)]
    [InlineData("Officials said the 250 soldiers Ukraine claims to have captured near Kupiansk would be exchanged next month.", 250, Metric.Captured, ClaimStatus.Reported)]
    public void The_inserted_clause_gives_the_fate_and_its_status_not_the_outer_verb(string text, double value, Metric metric, ClaimStatus status)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(metric, claim.Metric);
        Assert.Equal(status, claim.Status);
    }

    [Fact]
    public void A_modal_opening_the_inserted_clause_leaves_the_status_to_the_status_rules()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("Officials said the 2,000 troops Seoul believes will be sent next month are being trained.", null), c => c.Value == 2000);
        Assert.NotEqual(ClaimStatus.Reported, claim.Status);
    }
}
