using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CiviliansInACountryTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("UN monitors say at least 13,200 civilians have been killed in Ukraine since Russia's full-scale invasion.", 13200, "Ukrainian civilians")]
    [InlineData("The UN says at least 88 civilians in Lebanon have been killed by Israeli strikes since the truce.", 88, "Lebanese civilians")]
    [InlineData("The UN human rights office said at least 2,400 civilians had been killed in Sudan since January.", 2400, "Sudanese civilians")]
    [InlineData("The UN human rights monitoring mission in Ukraine says more than 13,600 civilians have been killed since Russia's full-scale invasion.", 13600, "Ukrainian civilians")]
    [InlineData("The United Nations Human Rights Monitoring Mission in Ukraine (HRMMU) said at least 12,400 civilians have been killed since the start of Russia's invasion.", 12400, "Ukrainian civilians")]
    public void A_toll_placed_in_a_country_counts_its_civilians(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    // A compass word between "in" and the country still places the toll there, for the countries whose golds read it
    // so (populations.json tollCompassCountries).
    [Theory]
    [InlineData("Rocket fire from Lebanon has killed 31 civilians and 52 soldiers in northern Israel over the past year.", 31, "Israeli civilians")]
    [InlineData("Drone and rocket attacks have killed some 38 civilians in north-eastern Israel, officials there say.", 38, "Israeli civilians")]
    [InlineData("The militia's barrages killed 27 civilians in the north of Israel during the war.", 27, "Israeli civilians")]
    public void A_compass_word_before_the_country_still_places_the_toll(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    // A part of a country the golds keep bare: a strike's toll in central Ukraine or southern Lebanon is where it fell; the
    // compass word gives no nation the other reasons would not.
    [Theory]
    [InlineData("Russian troops shelling the area killed three civilians in central Ukraine overnight.", 3)]
    [InlineData("Israeli troops firing at a car killed four civilians in southern Lebanon on Tuesday.", 4)]
    public void A_compass_word_before_other_countries_keeps_the_toll_bare(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("An RSF drone killed 19 civilians in Sudan's El Fasher on Saturday, the army said.", 19)]
    [InlineData("A glide bomb killed three civilians in the town of Toretsk, the governor said.", 3)]
    [InlineData("The UN monitoring mission in Ukraine said at least 12,900 civilians had been killed since Russia's full-scale invasion in February 2022, and more than 30,000 injured.", 30000)]
    public void A_town_or_a_countrys_possessive_names_no_nation(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
