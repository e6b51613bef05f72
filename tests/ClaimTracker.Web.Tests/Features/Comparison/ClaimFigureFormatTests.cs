using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Comparison;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Comparison;

public class ClaimFigureFormatTests
{
    [Theory]
    [InlineData(10000d, null, null, Qualifier.Exact, "10,000")]
    [InlineData(10000d, null, null, Qualifier.Approximately, "≈10,000")]
    [InlineData(null, 600000d, null, Qualifier.MoreThan, ">600,000")]
    [InlineData(null, 50d, null, Qualifier.AtLeast, "≥50")]
    [InlineData(null, null, 12000d, Qualifier.UpTo, "≤12,000")]
    [InlineData(null, null, 100d, Qualifier.LessThan, "<100")]
    [InlineData(11000d, 10000d, 12000d, Qualifier.Range, "10,000–12,000")]
    [InlineData(null, 2000d, null, Qualifier.Vague, "thousands (≥2,000)")]
    [InlineData(null, 200d, null, Qualifier.Vague, "hundreds (≥200)")]
    [InlineData(null, 24d, null, Qualifier.Vague, "dozens (≥24)")]
    [InlineData(1500000d, null, null, Qualifier.Approximately, "≈1,500,000")]
    public void Figures_read_the_way_analysts_write_them(double? value, double? low, double? high, Qualifier qualifier, string expected) =>
        Assert.Equal(expected, ClaimFigureFormat.Format(value, low, high, qualifier));

    [Fact]
    public void More_than_falls_back_to_the_value_when_no_bound_was_stored() =>
        Assert.Equal(">600,000", ClaimFigureFormat.Format(600000, null, null, Qualifier.MoreThan));

    [Fact]
    public void Point_value_prefers_the_best_estimate_then_a_bound()
    {
        Assert.Equal(11000, ClaimFigureFormat.PointValue(11000, 10000, 12000));
        Assert.Equal(2000, ClaimFigureFormat.PointValue(null, 2000, null));
        Assert.Equal(12000, ClaimFigureFormat.PointValue(null, null, 12000));
        Assert.Null(ClaimFigureFormat.PointValue(null, null, null));
    }
}
