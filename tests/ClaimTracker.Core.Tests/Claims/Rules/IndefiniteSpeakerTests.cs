using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class IndefiniteSpeakerTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_hyphenated_description_after_an_article_is_a_new_speaker()
    {
        var text = "The RSF shelled the city on Saturday.\n\n\"At least 26 people were killed,\" the coordinating body of the resistance committees, a non-governmental group, said.";
        Assert.NotEqual("RSF", Assert.Single(Extractor.Extract(text, null), c => c.Value == 26).Source);
    }

    [Fact]
    public void A_volunteer_run_group_is_not_the_force_named_before()
    {
        var text = "The RSF attacked the village on Friday.\n\n\"At least 40 people were injured,\" the village committee, a volunteer-run group, said.";
        Assert.NotEqual("RSF", Assert.Single(Extractor.Extract(text, null), c => c.Value == 40).Source);
    }

    [Fact]
    public void A_locally_based_network_is_not_the_force_named_before()
    {
        var text = "The RSF shelled the market on Sunday.\n\n\"Some 15 people were killed,\" the emergency room of the town, a locally-run network, said.";
        Assert.NotEqual("RSF", Assert.Single(Extractor.Extract(text, null), c => c.Value == 15).Source);
    }

    [Fact]
    public void A_hyphenated_definite_description_still_points_back()
    {
        var hyphenated = Extractor.Extract("The Sudan Doctors Network said 15 people were killed. The volunteer-run network said 40 more people were injured.", null);
        var bare = Extractor.Extract("The Sudan Doctors Network said 15 people were killed. The network said 40 more people were injured.", null);
        Assert.Equal(Assert.Single(bare, c => c.Value == 40).Source, Assert.Single(hyphenated, c => c.Value == 40).Source);
    }
}
