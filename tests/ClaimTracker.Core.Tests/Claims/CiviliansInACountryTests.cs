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

    [Theory]
    [InlineData("An RSF drone killed 19 civilians in Sudan's El Fasher on Saturday, the army said.", 19)]
    [InlineData("A glide bomb killed three civilians in the town of Toretsk, the governor said.", 3)]
    [InlineData("The UN monitoring mission in Ukraine said at least 12,900 civilians had been killed since Russia's full-scale invasion in February 2022, and more than 30,000 injured.", 30000)]
    public void A_town_or_a_countrys_possessive_names_no_nation(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
