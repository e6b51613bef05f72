using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class JourneysOriginTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The broadcast showed the coffins of 14 soldiers repatriated from Russia.", 14)]
    [InlineData("Officials received the bodies of 22 soldiers brought home from Russia on Sunday.", 22)]
    public void Soldiers_come_back_from_a_country_that_is_not_theirs(string text, double value)
    {
        Assert.Equal("troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("At least 17 soldiers were killed in Russia on Monday.", 17, "Russian troops")]
    public void A_country_named_as_where_soldiers_fell_still_counts_them(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
