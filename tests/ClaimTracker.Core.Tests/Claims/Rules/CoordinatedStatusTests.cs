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

    [Theory]
    [InlineData("Russian media said Pyongyang would send 4,200 military construction workers and 800 sappers to Kursk.", "800")]
    [InlineData("The North will dispatch 900 mine clearance specialists and 3,000 builders.", "3,000")]
    public void A_trade_word_before_the_first_counts_people_keeps_the_plan_shared(string text, string number)
    {
        var run = CountPhraseRun.Of(CoordinatedStatus.Rule, text, number);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }
}
