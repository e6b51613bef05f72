using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OthersShareThePeopleTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("MOGADISHU (AFP) — \"We lost eight men and six others were wounded,\" an army captain told AFP.", 6)]
    [InlineData("The Israeli military said two soldiers were killed and 14 others were wounded in Gaza.", 14)]
    public void Others_beside_a_count_share_its_people(string text, double value)
    {
        var claims = Extractor.Extract(text, null);
        var others = Assert.Single(claims, c => c.Value == value);
        var first = claims[0];
        Assert.NotEqual(first.Subject, first.Noun());
        Assert.Equal(first.Subject, others.Subject);
    }

    [Fact]
    public void Others_without_a_count_beside_them_take_nothing_from_it()
    {
        var claims = Extractor.Extract("Rescuers said 30 others were missing after the blast.", null);
        Assert.Equal("others", Assert.Single(claims).Subject);
    }
}

internal static class ExtractedClaimNoun
{
    // The subject's last word: the people noun without the nationality before it.
    public static string Noun(this ExtractedClaim claim) => claim.Subject.Split(' ')[^1];
}
