using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FamilyMembersTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY (AFP) - Six members of the al-Sharif family were killed when a strike hit their tent, the civil defence agency said.", 6)]
    [InlineData("GAZA CITY (AFP) - An Israeli strike on a house killed eight members of the Abu-Nasr family overnight, the civil defence agency said.", 8)]
    [InlineData("GAZA CITY (AFP) - Rescuers said five members of the extended el-Masri family had been killed in the strike.", 5)]
    public void A_hyphenated_family_s_members_are_the_place_s_people(string text, double value)
    {
        Assert.Equal("Palestinian members", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Members_of_a_crew_are_no_family()
    {
        var text = "GAZA CITY (AFP) - Six members of the civil defence crew were wounded in the strike, the agency said.";
        Assert.NotEqual("Palestinian members", Assert.Single(Extractor.Extract(text, null), c => c.Value == 6).Subject);
    }
}
