using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RoundUpAcrossTheCountryTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("At least 3 civilians were killed and 12 others injured in Russian attacks across Ukraine over the past day, regional authorities reported.", 3)]
    [InlineData("Elsewhere in Ukraine, Russian attacks over the past day killed at least five civilians, regional officials said.", 5)]
    [InlineData("Drone and missile strikes killed at least seven civilians throughout Ukraine on Tuesday, local authorities said.", 7)]
    public void A_round_up_s_country_lends_its_civilians_no_nation(string text, double value)
    {
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void The_round_up_s_country_is_the_home_of_its_later_regions()
    {
        var text = "At least 4 civilians were killed in Russian attacks across Ukraine over the past day, regional authorities reported. "
            + "In Kharkiv Oblast, Russian forces struck six settlements and injured 2 civilians, the governor said.";
        Assert.Equal("civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == 2).Subject);
    }

    [Fact]
    public void A_un_monitor_s_toll_across_the_country_keeps_the_country()
    {
        var text = "The UN Human Rights Monitoring Mission in Ukraine said that at least 140 civilians were killed and 700 injured across Ukraine in May.";
        Assert.Equal("Ukrainian civilians", Assert.Single(Extractor.Extract(text, null), c => c.Value == 140).Subject);
    }
}
