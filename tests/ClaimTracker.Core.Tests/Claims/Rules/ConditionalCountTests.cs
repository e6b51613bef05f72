using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ConditionalCountTests
{
    [Fact]
    public void The_subject_of_an_if_clause_is_expected()
    {
        var run = CountPhraseRun.Of(ConditionalCount.Rule, "If 50,000 more men are called up, the factories will stop.", "50,000");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void A_count_after_the_condition_stays_as_read()
    {
        var run = CountPhraseRun.Of(ConditionalCount.Rule, "If the figures are right, 120 soldiers were killed in the attack.", "120");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
