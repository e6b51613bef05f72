using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BothSidesTroopsTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("More than 300,000 soldiers on both sides have been killed or wounded since Russia invaded Ukraine, officials said.", 300000)]
    [InlineData("The war between Russia and Ukraine has killed or wounded about 400,000 troops on both sides, Western officials said.", 400000)]
    [InlineData("The Russia-Ukraine war grinds on. Officials put the number of soldiers killed and wounded on both sides at close to 500,000.", 500000)]
    public void Soldiers_on_both_sides_are_both_armies(string text, double value)
    {
        var subject = Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject;
        Assert.Contains("Russian", subject);
        Assert.Contains("Ukrainian", subject);
    }

    [Theory]
    [InlineData("BEIRUT - About 90,000 people have fled their homes on both sides of the border since October, the UN migration agency said.", 90000, "people")]
    [InlineData("Officials said 120 people were killed in the district, and both sides traded blame.", 120, "people")]
    [InlineData("UNIFIL, whose 10,000 peacekeepers patrol the border area, called on both sides to avoid further escalation.", 10000, "troops")]
    public void A_border_or_people_keep_no_two_armies(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
