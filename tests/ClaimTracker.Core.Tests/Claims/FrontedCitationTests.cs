using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FrontedCitationTests
{
    [Theory]
    [InlineData("Citing the Ministry of Health in Gaza, the UN health agency said at least 900 patients had died while waiting.")]
    [InlineData("Citing the Gaza Health Ministry, Tedros said at least 900 patients had died while waiting.")]
    [InlineData("Quoting the Gaza Health Ministry, UNICEF said at least 900 children had been killed.")]
    public void A_fronted_citation_credits_the_one_cited(string text) =>
        Assert.Equal("Gaza Health Ministry", Assert.Single(new ClaimExtractor().Extract(text, null)).Source);

    [Fact]
    public void A_known_speaker_citing_after_the_verb_keeps_the_figure() =>
        Assert.Equal("WHO", Assert.Single(new ClaimExtractor().Extract("The UN health agency said at least 900 patients had died, citing its own records and the Gaza Health Ministry.", null)).Source);
}
