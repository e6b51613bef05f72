using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BareMinistryTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Health ministry", "the health ministry")]
    [InlineData("Lebanese ministry", "the Lebanese ministry")]
    [InlineData("Lebanese health ministry", "the Lebanese health ministry")]
    [InlineData("ministry", null)]
    [InlineData("Lebanese army", null)]
    [InlineData("Hezbollah ministry of war", null)]
    public void A_portfolio_or_a_countrys_word_before_the_ministry_is_bare(string words, string? expected) =>
        Assert.Equal(expected, BareMinistry.AsAnaphor(words));

    [Fact]
    public void A_countrys_ministry_in_a_headline_takes_the_bodys_ministry()
    {
        // A subheading names an armed group between the headline and the lede; the headline's ministry is not that group.
        const string text = "Drone strike on Nabatieh apartment kills 4, wounds 11: Lebanese ministry\n\n"
            + "Hezbollah mourns field officer killed in the raid\n\n"
            + "At least four people were killed and 11 wounded on Monday when an Israeli drone hit an apartment in Nabatieh, "
            + "the Lebanese Health Ministry said.";
        var claims = Extractor.Extract(text, null);
        Assert.All(claims.Where(c => c.Value is 4 or 11), c => Assert.Equal("Lebanese Health Ministry", c.Source));
    }
}
