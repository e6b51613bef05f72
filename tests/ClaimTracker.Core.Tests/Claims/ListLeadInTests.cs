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

    [Theory]
    [InlineData("Kherson Oblast: 17 killed and 52 injured\nZaporizhzhia Oblast: 4 killed")]
    [InlineData("Kherson Oblast: 17 killed and 52 injured\nZaporizhzhia Oblast: 4 killed\nDnipro Oblast: 9 injured")]
    public void Unbulleted_rows_without_a_stop_keep_the_lead_ins_speaker(string rows)
    {
        var claims = new ClaimExtractor().Extract(Lede + "The breakdown was as follows:\n\n" + rows + "\n", null);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 17).Source);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 4).Source);
    }

    [Fact]
    public void Unbulleted_rows_under_a_paragraph_that_introduces_nothing_take_no_speaker()
    {
        var claims = new ClaimExtractor().Extract(Lede + "The weather turned cold in the east.\n\nKherson Oblast: 17 killed\nZaporizhzhia Oblast: 4 killed\n", null);
        Assert.All(claims.Where(c => c.Value is 17 or 4), c => Assert.Null(c.Source));
    }
}
