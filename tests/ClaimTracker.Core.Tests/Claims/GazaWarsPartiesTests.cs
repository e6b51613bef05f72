using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class GazaWarsPartiesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY (Reuters) - Israeli fire killed 15 people near an aid site on Saturday, the health ministry said. By evening the Palestinian foreign ministry said 40 people had been killed and 150 wounded.", 40)]
    [InlineData("GAZA CITY (AP) - Israeli tank fire killed 11 people near a food distribution point on Friday, medics said. Later the Palestinian health ministry said 32 people had been killed and more than 100 wounded.", 32)]
    [InlineData("GAZA CITY (AFP) - Israeli strikes killed 9 people in the north on Monday, medics said. The toll follows a sharp escalation on Sunday, when at least 30 Palestinians were killed, and another in March, when at least 45 people died, according to medics.", 45)]
    public void The_war_s_parties_leave_a_gaza_story_in_gaza(string text, double value)
    {
        Assert.Equal("Palestinian people", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_west_bank_story_led_by_palestinians_keeps_its_residents_bare()
    {
        var text = "JENIN, West Bank (AFP) - Israeli forces killed seven Palestinians in a raid on the Jenin camp on Tuesday, the Palestinian health ministry said. "
            + "The official Palestinian news agency Wafa said about 3,000 residents had left the camp.";
        Assert.Equal("residents", Assert.Single(Extractor.Extract(text, null), c => c.Value == 3000).Subject);
    }
}
