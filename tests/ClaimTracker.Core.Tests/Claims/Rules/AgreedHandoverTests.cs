using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AgreedHandoverTests
{
    [Theory]
    [InlineData("Talks in Geneva ended with a deal for both sides to hand over 800 prisoners.", "800")]
    [InlineData("The delegations agreed to exchange all wounded captives, as well as to hand back the bodies of 2,000 fallen soldiers.", "2,000")]
    public void A_handover_under_a_deal_is_planned(string text, string number)
    {
        var run = CountPhraseRun.Of(AgreedHandover.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Theory]
    [InlineData("Russia refused to hand over 300 prisoners, the ombudsman said.", "300")]
    [InlineData("Ukraine handed over 150 prisoners on Friday.", "150")]
    public void A_handover_without_a_deal_stays_reported(string text, string number)
    {
        var run = CountPhraseRun.Of(AgreedHandover.Rule, text, number);
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
