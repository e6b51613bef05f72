using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SpeakersCountryTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Lede = "SEOUL (Yonhap) — North Korea has sent about 11,000 soldiers to Russia, the spy agency said.\n\n";

    [Theory]
    [InlineData("Washington puts the force at around 12,000 troops.", 12000)]
    [InlineData("Ukraine's military intelligence said a further 4,000 troops could be sent in the spring.", 4000)]
    public void The_country_that_estimates_a_count_is_not_its_people(string sentence, double value)
    {
        Assert.Equal("North Korean troops", Assert.Single(Extractor.Extract(Lede + sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_speaker_named_with_the_count_before_its_cue_still_names_a_people()
    {
        var text = Lede + "Burundi, which has some 9,000 soldiers in eastern Congo, said it would deploy more.";
        Assert.NotEqual("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 9000).Subject);
    }

    [Fact]
    public void An_army_s_own_word_still_names_its_people()
    {
        var text = Lede + "Russia's defence ministry said 300 troops were wounded in the assault.";
        Assert.NotEqual("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 300).Subject);
    }
}
