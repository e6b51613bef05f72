using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="LabelledFactBullet"/>: an explainer's bullet with a one-word fate label, a colon and a figure is the
/// article's figure; a headline link that opens on a place or a topic, or a label with no figure after it, is not.
/// </summary>
public sealed class LabelledFactBulletTests
{
    [Theory]
    [InlineData("- Deaths: more than 150,000, according to the US envoy")]
    [InlineData("- Displaced: about 12 million people, of whom some 3.9 million have fled abroad")]
    [InlineData("- Hungry: 24 million people face acute food shortages")]
    public void A_fate_label_and_a_figure_is_a_fact_bullet(string line) => Assert.True(LabelledFactBullet.Is(line));

    [Theory]
    [InlineData("- Sudan: 150,000 dead as talks stall")]
    [InlineData("- Ukraine war: 12 killed in Kharkiv strike")]
    [InlineData("- Money: state revenues fell by 80% last year")]
    [InlineData("- Displaced: families describe the long walk to Chad")]
    public void A_headline_link_or_a_label_without_a_figure_is_not(string line) => Assert.False(LabelledFactBullet.Is(line));
}
