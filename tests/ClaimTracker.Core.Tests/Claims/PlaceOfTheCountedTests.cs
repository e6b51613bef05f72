using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PlaceOfTheCountedTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Lede = "SEOUL (Yonhap) — North Korea has sent about 11,000 soldiers to Russia, the spy agency said.\n\n";

    [Theory]
    [InlineData("The agency said four of the soldiers had surrendered to a Ukrainian patrol.", 4)]
    [InlineData("About 700 engineers appear to have arrived in Russia already.", 700)]
    [InlineData("Some 120 troops later died in Russian field hospitals.", 120)]
    [InlineData("About 2,000 troops have been fighting against Ukraine since winter.", 2000)]
    [InlineData("State television showed the coffins of 15 soldiers flown back from Russia.", 15)]
    public void Where_the_counted_go_or_are_keeps_the_story_s_population(string sentence, double value)
    {
        Assert.Equal("North Korean troops", Assert.Single(Extractor.Extract(Lede + sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_place_fronting_the_sentence_still_starts_another_population()
    {
        var text = Lede + "In Ukraine, the army said 40 soldiers were killed overnight.";
        Assert.NotEqual("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 40).Subject);
    }
}
