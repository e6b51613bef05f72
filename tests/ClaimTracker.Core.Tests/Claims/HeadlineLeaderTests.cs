using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HeadlineLeaderTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Kim lays flowers for soldiers who fell in Russia's war\n\nState television showed the leader receiving the coffins of 16 soldiers flown back from Russia.", 16, "North Korean troops")]
    [InlineData("Kim Jong Un honours the war dead\n\nState television showed coffins of 16 soldiers flown back from Russia.", 16, "North Korean troops")]
    [InlineData("Governor Vitaliy Kim reports shelling in Mykolaiv\n\nThe coffins of 16 soldiers were flown back from the front.", 16, "Ukrainian troops")]
    public void A_leaders_headline_names_the_force(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
