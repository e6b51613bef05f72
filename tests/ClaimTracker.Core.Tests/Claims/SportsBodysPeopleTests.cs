using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SportsBodysPeopleTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The Sudan Football Association says at least 12 players have been killed.", 12, "Sudanese players")]
    [InlineData("At least 12 coaches have died, the Lebanese Athletics Federation said.", 12, "Lebanese coaches")]
    [InlineData("At least 12 players were killed in Khartoum, the Sudan Football Association said.", 12, "players")]
    [InlineData("At least 12 players have been killed, the league said.", 12, "players")]
    public void A_national_sports_body_counts_its_own_countrys_sports_people(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
