using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CoordinatedStatusTests
{
    [Fact]
    public void A_coordinated_count_shares_the_plan_of_the_one_before()
    {
        var run = CountPhraseRun.Of(CoordinatedStatus.Rule, "Pyongyang will send 1,000 engineers and 4,000 workers to Kursk.", "4,000");
        Assert.Equal(ClaimStatus.Planned, run.Phrase.Previous!.Status);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Fact]
    public void Leaves_a_count_in_its_own_clause_alone()
    {
        var run = CountPhraseRun.Of(CoordinatedStatus.Rule, "Pyongyang will send 1,000 engineers, officials said, after 4,000 workers arrived.", "4,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
