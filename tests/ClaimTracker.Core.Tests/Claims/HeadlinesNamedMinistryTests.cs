using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HeadlinesNamedMinistryTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_headlines_ministry_is_kept_over_the_ledes_officials()
    {
        const string text = "Israeli raids on Lebanon kill 41 people in two days: Lebanese health ministry\n\n"
            + "Israeli raids on south Lebanon have killed 41 people since Saturday, Lebanese officials said on Monday.\n\n"
            + "The health ministry said in a statement that the 41 dead included six children.";
        var claims = Extractor.Extract(text, null).Where(c => c.Value == 41).ToList();
        Assert.Equal("Lebanese Health Ministry", claims[0].Source);
        Assert.Equal("Lebanese government", claims[1].Source);
    }

    [Fact]
    public void A_short_name_still_gives_way_to_the_bodys_agency()
    {
        const string text = "Fighting in Sudan displaces 9,000 in a week: UN\n\n"
            + "About 9,000 people fled their homes in North Darfur in the past week, the UN's migration agency said on Friday.";
        var claims = Extractor.Extract(text, null).Where(c => c.Value == 9000).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("IOM", c.Source));
    }
}
