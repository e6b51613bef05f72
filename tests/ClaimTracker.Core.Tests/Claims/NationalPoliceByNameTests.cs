using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NationalPoliceByNameTests
{
    [Fact]
    public void Bare_police_in_a_ukrainian_story_are_not_the_national_force()
    {
        var claims = new ClaimExtractor().Extract("KYIV — Shelling hit a village near Pokrovsk on Sunday, the governor said.\n\nPolice said three more people were wounded in a nearby town.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 3).Source);
    }

    [Fact]
    public void The_national_police_unnamed_before_are_still_the_national_force()
    {
        var claims = new ClaimExtractor().Extract("KYIV — Shelling hit a village near Pokrovsk on Sunday, the governor said.\n\nThe national police said seven people were wounded across the region.", null);
        Assert.Equal("Ukrainian National Police", Assert.Single(claims, c => c.Value == 7).Source);
    }

    [Fact]
    public void Police_after_the_named_national_police_still_point_back_to_it()
    {
        var claims = new ClaimExtractor().Extract("Ukraine's National Police opened an inquiry on Monday.\n\nPolice said eight people were wounded in the strike.", null);
        Assert.Equal("Ukrainian National Police", Assert.Single(claims, c => c.Value == 8).Source);
    }
}
