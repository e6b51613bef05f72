using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class DescribedHeadlineSpeakerTests
{
    // A headline's tail frame after its last comma, and the description it names (or none).
    [Theory]
    [InlineData("More than 38,000 have fled Kordofan, says UN agency", "UN agency")]
    [InlineData("N. Korea has lost about 900 troops, spy agency tells lawmakers", "spy agency")]
    [InlineData("At least 63 killed in village attack, rights group says", "rights group")]
    [InlineData("Dozens killed in camp attack, Sudanese aid group says", "Sudanese aid group")]
    [InlineData("Israeli strike kills two in south Lebanon, U.N. mission says", null)]
    [InlineData("Strike kills 6 in Kharkiv, Ukraine says", null)]
    [InlineData("Strike kills 6 in Kharkiv, officials say", null)]
    [InlineData("At least 40 dead, says Sudan Doctors Network", null)]
    [InlineData("Israeli strikes kill 26 across Gaza", null)]
    public void A_headlines_tail_names_a_description(string headline, string? expected) =>
        Assert.Equal(expected, DescribedHeadlineSpeaker.TailDescription(headline, new Sentence(0, headline.Length, 0, 0, true)));

    [Theory]
    [InlineData("Palestinians", true)]
    [InlineData("Israelis", true)]
    [InlineData("Ukrainians", true)]
    [InlineData("Israel", false)]
    [InlineData("Palestinian officials", false)]
    [InlineData("Lebanese", false)]
    [InlineData("rights groups", false)]
    [InlineData(null, false)]
    public void A_peoples_plural_is_no_body(string? words, bool expected) => Assert.Equal(expected, PeoplesPlural.Is(words));
}
