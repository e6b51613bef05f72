using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

// FigureTheBodyCites.Holder: a body citing a bare figure in a relative clause right after it owns that figure, over
// the sentence's speaker before it.
public sealed class FigureTheBodyCitesHolderTests
{
    [Theory]
    [InlineData("On Tuesday the Pentagon said about 9,000 North Korean soldiers had been sent to Russia, up from the 3,000 the White House cited a week earlier.", 3000, "White House")]
    [InlineData("The Pentagon said roughly 11,000 North Korean troops were in Russia, up from the 8,000 NATO cited in October.", 8000, "NATO")]
    [InlineData("The White House said some 12,000 North Korean troops were in Kursk, up from the 5,000 the Pentagon gave last month.", 5000, "Pentagon")]
    public void A_figure_the_body_cites_beats_the_sentences_speaker(string text, int value, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void The_sentences_own_figure_keeps_its_speaker()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("On Tuesday the Pentagon said about 9,000 North Korean soldiers had been sent to Russia, up from the 3,000 the White House cited a week earlier.", null), c => c.Value == 9000);
        Assert.Equal("Pentagon", claim.Source);
    }

    [Fact]
    public void A_figure_followed_by_an_actor_is_left_alone()
    {
        // "caused" is no citing verb: the body after the figure is no holder of it.
        var claim = Assert.Single(new ClaimExtractor().Extract("The Gaza Health Ministry said 40 people were killed on Friday, after the 30 the IDF caused on Thursday.", null), c => c.Value == 40);
        Assert.Equal("Gaza Health Ministry", claim.Source);
    }
}
