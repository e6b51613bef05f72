using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DenialTests
{
    [Theory]
    [InlineData("The ministry denied that 3,000 soldiers had been sent abroad.", "3,000")]
    [InlineData("Officials said 3,000 soldiers were not deployed to the city.", "3,000")]
    public void A_denial_or_negation_makes_the_count_denied(string text, string number)
    {
        var run = CountPhraseRun.Of(Denial.Rule, text, number);
        Assert.Equal(ClaimStatus.Denied, run.Draft.Status);
    }

    [Fact]
    public void A_second_speaker_after_the_denial_ends_it()
    {
        var run = CountPhraseRun.Of(Denial.Rule, "Moscow denied it, but Kyiv said 3,000 soldiers had been sent.", "3,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
