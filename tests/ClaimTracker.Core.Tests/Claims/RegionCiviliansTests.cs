using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RegionCiviliansTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("A Ukrainian drone wounded three civilians in the Belgorod region, the governor said.", 3, "Russian civilians")]
    [InlineData("Russian shelling killed six civilians in the Sumy region on Monday, officials said.", 6, "Ukrainian civilians")]
    public void Civilians_in_a_country_s_region_are_that_country_s(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("KYIV - Russian shelling killed six civilians in the Sumy region on Monday, officials said.", 6, "civilians")]
    [InlineData("KYIV - A Ukrainian drone wounded three civilians in the Belgorod region, the governor said.", 3, "Russian civilians")]
    public void A_region_of_the_dateline_s_country_lends_no_nation(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Soldiers_in_a_region_take_no_people_from_it()
    {
        var text = "About 20 soldiers were killed in the Kursk region last week.";
        Assert.Equal("troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 20).Subject);
    }
}
