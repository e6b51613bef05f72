using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>One claim per figure per article when repeats are merged: the headline and the body state one claim.</summary>
public sealed class RepeatedClaimTests
{
    private const string Article = """
        Israeli strikes kill 31 in Lebanon as ceasefire talks stall

        BEIRUT (AP) — Israeli airstrikes on villages in southern Lebanon killed 31 people on Wednesday, Lebanon's Health Ministry said.

        Hezbollah said 31 people were killed in a separate strike on Tyre on Thursday.
        """;

    [Fact]
    public void A_headline_repeating_the_body_becomes_a_mention_of_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Article).Where(c => c.Value == 31).ToList();

        var ministry = Assert.Single(claims, c => c.Source == "Lebanese Health Ministry");
        Assert.StartsWith("BEIRUT (AP)", ministry.Quote, StringComparison.Ordinal);
        var headline = Assert.Single(ministry.Mentions);
        Assert.StartsWith("Israeli strikes kill 31", headline.Quote, StringComparison.Ordinal);
        Assert.Equal("31", Article[headline.Start..headline.End]);
    }

    [Fact]
    public void The_same_figure_from_another_source_stays_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Article).Where(c => c.Value == 31).ToList();

        Assert.Equal(2, claims.Count);
        Assert.Empty(Assert.Single(claims, c => c.Source == "Hezbollah").Mentions);
    }

    [Fact]
    public void Without_merging_every_statement_is_a_claim()
    {
        var claims = new ClaimExtractor().Extract(Article).Where(c => c.Value == 31).ToList();

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Empty(c.Mentions));
    }
}
