using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CompanionCountTests
{
    [Fact]
    public void A_count_after_along_with_takes_the_fate_of_the_count_before_it()
    {
        var run = CountPhraseRun.Of(CompanionCount.Rule, "Israeli authorities say 78 soldiers were killed in southern Lebanon during the war, along with 45 civilians.", "45");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
        Assert.Same(run.Phrase.Previous, run.Draft.CompanionOf);
    }

    [Fact]
    public void A_count_with_a_fate_word_of_its_own_keeps_it()
    {
        var run = CountPhraseRun.Of(CompanionCount.Rule, "The bodies of 43 people killed overnight had reached hospitals, along with 212 wounded.", "212");
        Assert.Null(run.Draft.CompanionOf);
    }

    [Fact]
    public void A_count_followed_by_its_own_clause_is_left_alone()
    {
        var run = CountPhraseRun.Of(CompanionCount.Rule, "Israeli authorities say 12 soldiers were killed in the clash, along with nine civilians who were wounded by rocket fire.", "nine");
        Assert.Null(run.Draft.CompanionOf);
    }
}
