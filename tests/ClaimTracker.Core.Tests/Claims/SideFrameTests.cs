using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// "On the Israeli side, the army says …": the side a sentence turns to places the bare army or ministry it quotes
/// (SideFrame, read by AnaphorResolver's CountryBefore; Unseen68 efe-overview).
/// </summary>
public sealed class SideFrameTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Two years of war\n\nOn the Israeli side, the army says 466 soldiers have been killed in the ground operation.", 466, "IDF")]
    [InlineData("The toll\n\nOn the Ukrainian side, the defence ministry said 41 soldiers had been wounded during the week.", 41, "Ukrainian MoD")]
    [InlineData("Cross-border fire\n\nOn the Lebanese side, the health ministry reported that 12 people were killed in the strikes.", 12, "Lebanese Health Ministry")]
    public void The_side_a_sentence_turns_to_places_its_bare_body(string text, double value, string source)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void The_other_side_names_no_country()
    {
        var claim = Assert.Single(Extractor.Extract("Losses mount\n\nOn the other side, the army says 40 soldiers have been killed.", null), c => c.Value == 40);
        Assert.NotEqual("IDF", claim.Source);
    }
}
