using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class HeadlineRoundsDownTests
{
    [Theory]
    [InlineData("Kherson shelling toll tops 30\n\nRussian shelling of Kherson killed 34 civilians over the weekend, Ukraine's State Emergency Service said on Monday.", 30, "Ukrainian State Emergency Service")]
    [InlineData("Gaza death toll passes 44,100\n\nAt least 44,176 Palestinians have been killed in Gaza since October 2023, the territory's health ministry said.", 44100, "Gaza Health Ministry")]
    [InlineData("Strike on market kills more than 20\n\nThe strike on the market killed 22 people, Gaza's civil defence agency said.", 20, "Gaza Civil Defence")]
    public void A_headlines_round_floor_takes_the_speaker_of_the_body_figure_it_rounds(string text, double value, string source)
    {
        var headline = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(source, headline.Source);
    }

    [Theory]
    [InlineData("Gaza death toll passes 43,000\n\nAt least 44,176 Palestinians have been killed in Gaza since October 2023, the territory's health ministry said.", 43000)]
    [InlineData("Strike on market kills more than 100\n\nThe strike on the market killed 180 people, Gaza's civil defence agency said.", 100)]
    [InlineData("Strike on market kills more than 90\n\nAbout 93 people were killed in the strike on the market, Gaza's civil defence agency said.", 90)]
    public void A_floor_over_another_round_or_an_estimate_takes_no_speaker(string text, double value) =>
        Assert.Null(Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value).Source);
}
