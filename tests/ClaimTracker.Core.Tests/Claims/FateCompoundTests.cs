using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class FateCompoundTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Our clinics in Darfur have cared for over 1,700 war-wounded patients since April, the charity said.", 1700)]
    [InlineData("The field hospital admitted 85 blast-injured civilians on Tuesday, the health office said.", 85)]
    public void A_fate_compound_before_the_people_is_their_fate(string text, double value) =>
        Assert.Equal(Metric.Wounded, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void A_compound_of_no_fate_still_ends_the_phrase() =>
        Assert.DoesNotContain(Extractor.Extract("The ministry listed 40 war-time photographs of the square.", null), c => c.Value == 40);
}
