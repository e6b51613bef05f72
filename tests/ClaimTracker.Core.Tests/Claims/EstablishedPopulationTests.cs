using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class EstablishedPopulationTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("the North could deploy up to 4,000 more combat troops if Moscow asks for them before winter", 4000)]
    [InlineData("the North may send 3,000 more troops unless Russia ends its offensive", 3000)]
    public void A_condition_after_the_count_keeps_the_story_s_population(string sentence, double value)
    {
        var text = $"SEOUL (Yonhap) — North Korea has sent about 11,000 soldiers to Russia, the spy agency said.\n\nThe agency said {sentence}.";
        Assert.Equal("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Another_people_named_before_the_count_still_starts_another_population()
    {
        var text = "SEOUL (Yonhap) — North Korea has sent about 11,000 soldiers to Russia, the spy agency said.\n\nThe agency said Russia could deploy up to 4,000 more troops if the offensive stalls.";
        Assert.NotEqual("North Korean troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 4000).Subject);
    }
}
