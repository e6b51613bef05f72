using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OtherSidesConjunctTests
{
    [Fact]
    public void The_other_sides_release_is_not_the_frames()
    {
        var claims = new ClaimExtractor().Extract("GAZA CITY — Hamas freed five hostages on Sunday, and Israel released 150 Palestinian prisoners in return, the Israel Prison Service said.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 5).Source);
        Assert.Equal("Israel Prison Service", Assert.Single(claims, c => c.Value == 150).Source);
    }

    [Fact]
    public void The_frame_of_one_conjunct_opens_no_scope_for_the_next_sentence()
    {
        var claims = new ClaimExtractor().Extract("GAZA CITY — Hamas freed five hostages on Sunday, and Israel released 150 Palestinian prisoners in return, the Israel Prison Service said. Another 20 hostages are due to go home next week.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 20).Source);
    }

    [Fact]
    public void A_later_conjunct_opened_by_a_count_still_takes_the_frame()
    {
        var claims = new ClaimExtractor().Extract("Six people were killed in the strike on Kherson, and 14 were wounded, the Ukrainian government said.", null);
        Assert.Equal("Ukrainian government", Assert.Single(claims, c => c.Value == 6).Source);
    }
}
