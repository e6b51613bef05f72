using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RegionsOwnerTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("At least 20 civilians were killed when gunmen raided a village in Sudan's White Nile state, a monitoring group said.", 20)]
    [InlineData("Some 12,000 civilians have left their homes in Sudan's Gezira state over the past week, the UN migration agency said.", 12000)]
    public void Civilians_in_a_countrys_region_stay_bare(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    // A region the word lists know still names its country's civilians, and so does the country named as a place.
    [InlineData("A drone wounded three civilians in Russia's Kursk region on Monday, the governor said.", 3, "Russian civilians")]
    [InlineData("At least 150 civilians were killed in Ukraine in May, the monitoring mission said.", 150, "Ukrainian civilians")]
    // Outside the countries the convention was counted over, a region's owner still names its civilians.
    [InlineData("An air strike on a market in Ethiopia's Tigray region killed at least 25 civilians, witnesses said.", 25, "Ethiopian civilians")]
    public void A_known_region_or_the_country_itself_still_names_them(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
