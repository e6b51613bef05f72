using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BodysTeamsTests
{
    private const string Lede = "The Israeli military said it had struck 40 targets, and 3 soldiers were wounded, the military said.\n\n";

    [Theory]
    [InlineData("Lebanese civil defence teams said they had recovered 12 bodies from the rubble.", "Lebanese Civil Defense")]
    [InlineData("Lebanese civil defence crews said on Sunday that 12 people had been killed.", "Lebanese Civil Defense")]
    [InlineData("Palestinian Red Crescent teams said they had taken 12 wounded people to a field hospital.", "Palestine Red Crescent")]
    public void A_registered_bodys_teams_speak_for_it(string sentence, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Lede + sentence, null), c => c.Value == 12);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void Its_own_teams_keep_the_body_that_spoke()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("The International Organization for Migration said its field teams counted 3,000 people leaving the town.", null), c => c.Value == 3000);
        Assert.Equal("IOM", claim.Source);
    }
}
