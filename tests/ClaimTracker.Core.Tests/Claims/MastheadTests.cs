using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class MastheadTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_monitors_masthead_section_is_the_pages_voice() =>
        Assert.Equal("ACLED", Assert.Single(Extractor.Extract(
            "Conflict data | ACLED | Sahel\n\nBurkina Faso: quarterly overview\n\nPublished on: 9 January 2025\n\nIn the last three months of 2024, 1,318 fatalities were recorded across the country's north and east, most of them in Soum province.", null), c => c.Value == 1318).Source);

    [Fact]
    public void A_name_inside_a_longer_masthead_section_is_no_voice() =>
        Assert.Null(Assert.Single(Extractor.Extract(
            "ACLED data in the news | Sahel\n\nBurkina Faso: quarterly overview\n\nPublished on: 9 January 2025\n\nIn the last three months of 2024, 1,318 fatalities were recorded across the country's north and east, most of them in Soum province.", null), c => c.Value == 1318).Source);

    [Fact]
    public void An_outlets_masthead_without_we_is_no_voice() =>
        Assert.Null(Assert.Single(Extractor.Extract(
            "Mediazona | News\n\nShelling hits Belgorod suburb\n\nUpdated 3 June 2025\n\nShelling struck a suburb of Belgorod on Monday night, and at least 6 people were killed when a shell hit a bus stop near the market.", null), c => c.Value == 6).Source);
}
