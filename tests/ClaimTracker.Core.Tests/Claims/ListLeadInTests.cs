using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ListLeadInTests
{
    private const string Lede = "The UN monitoring mission said at least 90 civilians were killed across the country in March.\n\n";

    [Theory]
    [InlineData("Its tally by province, as the mission set it out:")]
    [InlineData("The casualties recorded in the week, by region:")]
    [InlineData("The breakdown was as follows:")]
    public void Lines_under_a_lead_in_ending_in_a_colon_keep_the_speaker(string leadIn)
    {
        var claims = new ClaimExtractor().Extract(Lede + leadIn + "\n\nKherson Oblast: 17 killed, 52 injured.", null);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 17).Source);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 52).Source);
    }

    [Fact]
    public void A_paragraph_that_introduces_nothing_still_ends_the_speakers_thread()
    {
        var claims = new ClaimExtractor().Extract(Lede + "The weather turned cold in the east.\n\nKherson Oblast: 17 killed, 52 injured.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 17).Source);
    }
}
