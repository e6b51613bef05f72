using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="EstimatesRun"/>: estimates that run or range up to a figure give a figure for the count before.</summary>
public sealed class EstimatesRunTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Local monitors count about 900 dead, and the envoy said last week that some estimates ran as high as 3,000.")]
    [InlineData("Local monitors count about 900 dead; other figures range as high as 3,000.")]
    public void Estimates_running_up_to_a_figure_take_the_earlier_counts_fate(string text)
    {
        var high = Assert.Single(Extractor.Extract(text, null), c => c.High == 3000 || c.Value == 3000);
        Assert.Equal(Metric.Killed, high.Metric);
        Assert.Equal("people", high.Subject);
    }

    [Fact]
    public void A_measure_running_high_counts_nobody()
    {
        Assert.Empty(Extractor.Extract("Temperatures in the valley ran as high as 45 degrees last week.", null));
    }
}
