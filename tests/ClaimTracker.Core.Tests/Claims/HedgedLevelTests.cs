using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HedgedLevelTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Losses among the militia were believed to be roughly 600, a regional official said.", 600)]
    [InlineData("By June the number of dead was thought to be about 1,300, according to monitors.", 1300)]
    public void A_believed_level_of_a_toll_is_reported(string text, double value) =>
        Assert.Equal(ClaimStatus.Reported, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Status);

    [Fact]
    public void A_believed_size_of_a_thing_is_no_count() =>
        Assert.Empty(Extractor.Extract("The crater is believed to be about 300 metres across, engineers said.", null));
}
