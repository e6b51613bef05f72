using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class WitnessSpeakerTests
{
    private const string Before = "The Gaza Health Ministry said on Friday that 69,050 people had been killed since October 2023.\n\n";

    [Theory]
    [InlineData("Among the dead were three cousins, who relatives say were hit by a drone.", 3)]
    [InlineData("Witnesses said 11 people were shot near the aid site.", 11)]
    [InlineData("Residents told the station that 16 people were buried in the rubble.", 16)]
    public void A_figure_relatives_or_witnesses_give_is_not_the_ministrys(string sentence, double value)
    {
        var claims = new ClaimExtractor().Extract(Before + sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void Relatives_counted_as_people_do_not_stop_the_speaker()
    {
        var claims = new ClaimExtractor().Extract(Before + "The ministry said 40 relatives of the dead were wounded.", null);
        Assert.Equal("Gaza Health Ministry", Assert.Single(claims, c => c.Value == 40).Source);
    }
}
