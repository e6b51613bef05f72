using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SurrenderedFoesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Fighters_who_surrendered_to_the_speaker_are_its_foes_troops()
    {
        var text = "Ukrainian fighters at the plant began to give up on Monday. Russia's Defence Ministry said 412 fighters had surrendered since then.";
        Assert.Equal("Ukrainian troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 412).Subject);
    }

    [Fact]
    public void A_part_of_them_in_the_next_sentence_is_the_same_troops()
    {
        var text = "Ukrainian fighters at the plant began to give up on Monday. Russia's Defence Ministry said 412 fighters had surrendered since then. Of those, 37 were wounded, it said.";
        Assert.Equal("Ukrainian troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 37).Subject);
    }

    [Fact]
    public void No_foe_named_as_soldiers_or_fighters_leaves_the_fighters()
    {
        var text = "The Israeli army said on Thursday that 150 fighters had surrendered in the north of the city. Lebanon condemned the raids.";
        Assert.DoesNotContain("Lebanese", Assert.Single(Extractor.Extract(text, null), c => c.Value == 150).Subject, StringComparison.Ordinal);
    }
}
