using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CommunitySizeTests
{
    [Fact]
    public void A_nations_community_counts_nobody()
    {
        var run = CountPhraseRun.Of(CommunitySize.Rule, "Canada's Ukrainian community, estimated at around 1.3 million people, held vigils.", "1.3 million");
        Assert.False(run.Kept);
    }

    [Fact]
    public void A_faiths_community_after_the_count_counts_nobody()
    {
        var run = CountPhraseRun.Of(CommunitySize.Rule, "The port's roughly 4,000 Armenians are one of the oldest Christian communities on the coast.", "4,000");
        Assert.False(run.Kept);
    }

    [Fact]
    public void A_community_named_by_place_keeps_its_count()
    {
        var run = CountPhraseRun.Of(CommunitySize.Rule, "The head of the administration said the community had 9,400 children before the war.", "9,400");
        Assert.True(run.Kept);
    }

    [Fact]
    public void A_communitys_dead_stay()
    {
        var run = CountPhraseRun.Of(CommunitySize.Rule, "Five members of the Druze community were killed in the strike.", "Five");
        Assert.True(run.Kept);
    }
}
