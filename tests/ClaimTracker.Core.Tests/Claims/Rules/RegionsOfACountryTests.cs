using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RegionsOfACountryTests
{
    [Theory]
    [InlineData("Medical teams working in five Sudanese states treated the wounded.", "five")]
    [InlineData("Aid groups in four Ukrainian regions reported shortages.", "four")]
    public void A_count_of_a_countrys_regions_counts_nobody(string text, string number)
    {
        Assert.False(CountPhraseRun.Of(RegionsOfACountry.Rule, text, number).Kept);
    }

    [Fact]
    public void A_count_of_a_countrys_people_stays()
    {
        Assert.True(CountPhraseRun.Of(RegionsOfACountry.Rule, "Five Sudanese soldiers were killed.", "Five").Kept);
    }
}
