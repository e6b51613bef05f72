using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A headline's hedged toll with no verb ("casualties in the region near 900", "war dead put at around 600") is read as
/// the toll (HeadlineHedgedToll); in body prose, and with a comma between the toll word and the figure, it is not.
/// </summary>
public sealed class HeadlineHedgedTollTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Body = "\n\nOfficials gave no further details on Tuesday.";

    [Theory]
    [InlineData("Rebel casualties in the eastern hills near 900, army says", 900, Metric.KilledOrWounded)]
    [InlineData("Militia's war dead in the north put at around 600, monitors say", 600, Metric.Killed)]
    [InlineData("Army casualties on the border around 1,300", 1300, Metric.KilledOrWounded)]
    public void A_hedged_figure_after_a_toll_noun_in_a_headline_is_the_toll(string headline, double value, Metric metric)
    {
        var claim = Assert.Single(Extractor.Extract(headline + Body, null));
        Assert.Equal(value, claim.Value);
        Assert.Equal(metric, claim.Metric);
        Assert.Equal(Qualifier.Approximately, claim.Qualifier);
    }

    [Fact]
    public void A_comma_between_the_toll_word_and_the_figure_breaks_it()
    {
        Assert.Empty(Extractor.Extract("Casualties mount, around 40 villages emptied" + Body, null));
    }

    [Fact]
    public void Body_prose_is_not_read_as_a_headline()
    {
        Assert.DoesNotContain(Extractor.Extract("Headline about the fighting" + "\n\nThe losses in the hills were heavy, with around 40 positions abandoned.", null), c => c.Value == 40);
    }
}
