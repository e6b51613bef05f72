using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class DatePrecisionTextTests
{
    [Theory]
    [InlineData("2025-11-05", 2025, 11, 5, AsOfPrecision.Day)]
    [InlineData("2025-11", 2025, 11, 1, AsOfPrecision.Month)]
    [InlineData(" 2024 ", 2024, 1, 1, AsOfPrecision.Year)]
    public void A_day_a_month_or_a_year_is_read_with_its_precision(string text, int year, int month, int day, AsOfPrecision expected)
    {
        Assert.True(DatePrecisionText.TryParse(text, out var date, out var precision));

        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(expected, precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("5 March 2025")]
    [InlineData("2025-11-05T09:00:00Z")]
    [InlineData("25-11")]
    [InlineData("2025-1-5")]
    public void Anything_else_is_refused_rather_than_guessed(string text)
    {
        Assert.False(DatePrecisionText.TryParse(text, out _, out _));
    }
}
