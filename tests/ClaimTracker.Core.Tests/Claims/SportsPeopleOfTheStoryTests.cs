using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SportsPeopleOfTheStoryTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The ministry says 300 Ukrainian athletes have been killed. Last spring it said 120 coaches had died.", 120, "Ukrainian coaches")]
    [InlineData("The association said 70 Palestinian footballers were killed. In March it had counted 45 footballers killed.", 45, "Palestinian footballers")]
    [InlineData("The union said 30 Syrian players and 20 Iraqi players had died. Last year 15 players were killed.", 15, "players")]
    [InlineData("Last year 15 players were killed, the league said. The union said 30 Syrian players had died.", 15, "players")]
    public void Sports_people_keep_the_nation_of_the_storys_earlier_toll(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
