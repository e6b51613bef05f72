using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ClaimAnchorTests
{
    private const string Text = "Seoul, March 5. South Korea's spy agency said that about 11,000 North Korean troops are in Russia.\n\nMore text follows here.";

    [Fact]
    public void Offsets_quote_and_anchor_point_into_the_text()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Text));
        Assert.Equal("11,000", Text[claim.Start..claim.End]);
        Assert.Equal("about 11,000", claim.MentionText);
        Assert.Equal(claim.Quote, Text.Substring(claim.QuoteStart, claim.Quote.Length));
        Assert.StartsWith("South Korea's spy agency said", claim.Quote, StringComparison.Ordinal);
        Assert.EndsWith("in Russia.", claim.Quote, StringComparison.Ordinal);
        Assert.Equal(Text[(claim.Start - claim.Prefix.Length)..claim.Start], claim.Prefix);
        Assert.Equal(Text[claim.End..(claim.End + claim.Suffix.Length)], claim.Suffix);
        Assert.InRange(claim.Prefix.Length, 20, 32);
        Assert.InRange(claim.Suffix.Length, 20, 32);
    }

    [Fact]
    public void Empty_text_has_no_claims()
    {
        Assert.Empty(new ClaimExtractor().Extract(""));
        Assert.Empty(new ClaimExtractor().Extract("   \n\n  "));
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var extractor = new ClaimExtractor();
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", "002_f5f49eec1c59aad6.txt"));
        Assert.Equal(extractor.Extract(text, new DateOnly(2025, 3, 5)), extractor.Extract(text, new DateOnly(2025, 3, 5)));
    }
}
