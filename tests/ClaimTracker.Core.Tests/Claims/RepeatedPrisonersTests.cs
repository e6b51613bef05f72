using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary><see cref="RepeatedPrisoners"/> through the extractor: it reads every count's people once they are given.</summary>
public sealed class RepeatedPrisonersTests
{
    private static readonly ClaimExtractor Extractor = new();
    private const string Capture = "Ukraine holds two North Korean soldiers\n\nUkrainian forces captured two North Korean soldiers in Kursk, Kyiv said on Friday.\n\n";

    [Fact]
    public void The_captured_named_again_keep_their_army()
    {
        var claim = Assert.Single(Extractor.Extract(Capture + "The two men survived their wounds, Ukrainian officials said."), c => c.Metric == Metric.Wounded);
        Assert.Equal("North Korean troops", claim.Subject);
    }

    [Fact]
    public void A_repeat_that_names_its_own_nation_keeps_it()
    {
        var claim = Assert.Single(Extractor.Extract(Capture + "The two Ukrainian soldiers who took them were wounded, Ukrainian officials said."), c => c.Metric == Metric.Wounded);
        Assert.Equal("Ukrainian troops", claim.Subject);
    }
}
