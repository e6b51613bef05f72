using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PoliceAsSpeakerTests
{
    [Fact]
    public void A_toll_the_police_give_counts_people_not_troops()
    {
        var claims = new ClaimExtractor().Extract("KYIV — Ukraine's National Police said the toll had risen to 21 dead and 40 injured.", null);
        Assert.Equal("people", Assert.Single(claims, c => c.Value == 21).Subject);
        Assert.Equal("people", Assert.Single(claims, c => c.Value == 40).Subject);
    }

    [Fact]
    public void Police_counted_by_their_own_noun_are_still_a_force()
    {
        var claims = new ClaimExtractor().Extract("KYIV — Police said two police officers were killed in the shelling of Kherson.", null);
        Assert.Equal("troops", Assert.Single(claims, c => c.Value == 2).Subject);
    }
}
