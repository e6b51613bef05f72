using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Tests.Numbers;

/// <summary>A four-digit figure a count verb leads or a people noun follows is a count; after a date word it stays a year.</summary>
public sealed class FourDigitCountTests
{
    [Theory]
    [InlineData("The toll of civilians in the region amounted to 1240, officials said.", "1240")]
    [InlineData("Governor: 1240 civilians killed since the invasion began", "1240")]
    [InlineData("1240 killed, 2716 wounded: the toll in the region", "1240")]
    [InlineData("The number of dead rescuers rose to 1032 on Monday.", "1032")]
    [InlineData("Shelling has killed 1810 and wounded 4102 people in the province.", "1810")]
    public void A_counted_four_digit_figure_is_no_year(string text, string figure)
    {
        var m = Assert.Single(NumberRecognizer.Find(text), n => n.Text == figure);
        Assert.False(m.IsYearLike);
    }

    [Theory]
    [InlineData("The war of 2006 killed about 1,200 people.", "2006")]
    [InlineData("In 2014 soldiers were sent to the border.", "2014")]
    [InlineData("Since 2022 civilians have been leaving the area.", "2022")]
    [InlineData("The 1948 refugees and their families number in the millions.", "1948")]
    [InlineData("It happened in March 2024 and was reported late.", "2024")]
    [InlineData("Resolution 1701 ended the 2006 war.", "1701")]
    public void A_year_stays_a_year(string text, string figure)
    {
        var m = Assert.Single(NumberRecognizer.Find(text), n => n.Text == figure);
        Assert.True(m.IsYearLike);
    }
}
