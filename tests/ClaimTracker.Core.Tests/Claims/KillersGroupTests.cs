using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class KillersGroupTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. Hamas gunmen killed roughly 1,180 people in the attack of Oct. 7.", 1180, "people")]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. Hamas-led militants killed around 1,200 people in the Oct. 7 attack.", 1200, "people")]
    [InlineData("GAZA CITY - An Israeli strike on Hamas positions killed 17 people in Gaza City on Monday, medics said.", 17, "Palestinian people")]
    [InlineData("GAZA CITY - An Israeli strike aimed at a Hamas commander killed 19 people in Gaza on Monday, medics said.", 19, "Palestinian people")]
    public void An_armed_group_that_kills_is_not_the_people_it_kills(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
