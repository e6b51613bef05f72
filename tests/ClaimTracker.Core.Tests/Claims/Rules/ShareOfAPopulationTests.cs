using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ShareOfAPopulationTests
{
    [Theory]
    [InlineData("Nearly 90% of Gaza's 2.1 million people have been forced from their homes.", "2.1 million")]
    [InlineData("More than half of Sudan's 48 million people need aid.", "48 million")]
    [InlineData("About 70 per cent of the region's 900,000 residents have left.", "900,000")]
    [InlineData("Most of the West Bank's 3 million Palestinians face checkpoints.", "3 million")]
    public void The_population_a_share_is_taken_of_is_no_claim(string text, string number)
    {
        var run = CountPhraseRun.Of(ShareOfAPopulation.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Officials said 90% of the 300 people killed were civilians.", "300")]
    [InlineData("Russia's 12 soldiers were killed in the strike.", "12")]
    [InlineData("Hamas's attack killed 1,200 people.", "1,200")]
    public void A_count_without_a_share_before_its_owner_is_left_to_the_other_rules(string text, string number)
    {
        var run = CountPhraseRun.Of(ShareOfAPopulation.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.True(run.Kept);
    }
}
