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

    [Theory]
    [InlineData("Militia losses were heavy; by one count the number of fighters killed lies between 900 and 1,400.", 900, 1400)]
    [InlineData("Monitors recorded 2,100 deaths. The true toll probably lies somewhere between 2,500 and 3,000, they said.", 2500, 3000)]
    public void A_toll_that_lies_between_two_figures_is_a_range(string text, double low, double high)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Low == low);
        Assert.Equal((Qualifier.Range, high, Metric.Killed, ClaimStatus.Reported), (claim.Qualifier, claim.High, claim.Metric, claim.Status));
    }

    [Fact]
    public void A_place_that_lies_between_is_no_count() =>
        Assert.Empty(Extractor.Extract("The village lies between 20 and 30 kilometres from the front, officials said.", null));

    [Fact]
    public void A_believed_size_of_a_thing_is_no_count() =>
        Assert.Empty(Extractor.Extract("The crater is believed to be about 300 metres across, engineers said.", null));
}
