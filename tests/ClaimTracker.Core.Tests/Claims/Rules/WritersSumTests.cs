using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class WritersSumTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_sum_with_the_deaths_already_told_takes_no_quoted_speaker()
    {
        var text = "\"Russia is only concerned with hurting Ukraine,\" President Volodymyr Zelensky wrote on Telegram.\n\nWith the two deaths in Kyiv, at least four people were killed in Russian attacks across Ukraine on Wednesday.";
        Assert.Null(Assert.Single(Extractor.Extract(text, null), c => c.Value == 4).Source);
    }

    [Fact]
    public void A_sum_with_the_injured_already_told()
    {
        var text = "Governor Oleh Syniehubov said three people were injured in Kharkiv.\n\nWith the three injured in Kharkiv, at least 11 people were wounded across Ukraine on Tuesday.";
        Assert.Null(Assert.Single(Extractor.Extract(text, null), c => c.Value == 11).Source);
    }

    [Fact]
    public void A_sum_with_a_figure_in_digits()
    {
        var text = "The Sudan Doctors Network said 12 people were killed in El Fasher.\n\nWith the 12 dead in El Fasher, at least 40 people were killed across Darfur on Monday.";
        Assert.Null(Assert.Single(Extractor.Extract(text, null), c => c.Value == 40).Source);
    }

    [Fact]
    public void A_with_phrase_that_is_no_sum_keeps_the_speaker()
    {
        var text = "The Sudan Doctors Network said 12 people were killed in El Fasher. With the fighting still under way, 30 people were injured in the city.";
        Assert.Equal("Sudan Doctors Network", Assert.Single(Extractor.Extract(text, null), c => c.Value == 30).Source);
    }
}
