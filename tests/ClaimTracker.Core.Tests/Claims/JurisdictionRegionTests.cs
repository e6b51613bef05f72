using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class JurisdictionRegionTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("By evening 33 civilians were dead, according to the governor of the Zaporizhzhia region.", 33)]
    [InlineData("Four civilians were wounded in a drone strike on a bus, the Kursk region's governor said.", 4)]
    [InlineData("Two civilians were hurt by shelling overnight, Kharkiv Oblast Governor Oleh Syniehubov said.", 2)]
    [InlineData("Seven civilians were injured, the head of the Belgorod region said on Telegram.", 7)]
    public void An_officials_region_places_no_one(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("A drone wounded three civilians in the Kursk region on Monday, the governor said.", 3, "Russian civilians")]
    [InlineData("Shelling killed two civilians in the Belgorod region, the region's governor said.", 2, "Russian civilians")]
    public void A_region_the_count_is_placed_in_still_names_them(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
