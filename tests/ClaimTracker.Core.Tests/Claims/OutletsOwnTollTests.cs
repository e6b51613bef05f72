using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OutletsOwnTollTests
{
    private static readonly ClaimExtractor Extractor = new();

    // A story set in Gaza by its dateline; the outlet's home country is where it is based, not a side.
    private const string Lede = "KHAN YOUNIS, Gaza Strip — An Israeli strike on a tent camp killed at least nine people on Sunday, the civil defence agency said.\n\n";

    [Theory]
    [InlineData(Lede + "A correspondent for the Qatar-based Al Jazeera network said 14 people had died in a second strike.", 14)]
    [InlineData(Lede + "Another six were counted at Nasser Hospital, according to a list of names seen by an Associated Press reporter.", 6)]
    public void A_foreign_outlets_reporter_in_gaza_counts_palestinians(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal("Palestinian people", claim.Subject);
    }

    [Theory]
    [InlineData(Lede + "US officials said some 200,000 civilians remained in the north.", 200000)]
    [InlineData(Lede + "That attack killed 1,200 people, according to an AFP tally based on official figures.", 1200)]
    public void A_foreign_government_or_an_outlets_tally_does_not_count_gazas_people(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.DoesNotContain("Palestinian", claim.Subject, StringComparison.Ordinal);
    }
}
