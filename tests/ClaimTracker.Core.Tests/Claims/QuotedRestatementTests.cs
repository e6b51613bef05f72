using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class QuotedRestatementTests
{
    private static readonly ClaimExtractor Extractor = new() { MergeRepeats = true };

    private static ExtractedClaim Claim(string quote, Qualifier qualifier, double value, string? source = null) => new()
    {
        Quote = quote, MentionText = value.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = value,
        Low = qualifier == Qualifier.Exact ? null : value, Qualifier = qualifier, Subject = "people", Metric = Metric.Killed, Source = source,
    };

    [Fact]
    public void An_exact_figure_in_quotation_marks_restates_the_hedged_lede()
    {
        var quoted = Claim("\"So far, 25 dead and 28 wounded,\" the governor wrote.", Qualifier.Exact, 25, "Zaporizhzhia regional administration");
        Assert.True(QuotedRestatement.InOwnWords(quoted));
        Assert.True(QuotedRestatement.Restates(quoted, Claim("At least 25 people were killed, the governor said.", Qualifier.AtLeast, 25)));
    }

    [Fact]
    public void Another_hedge_or_another_speaker_is_no_restatement()
    {
        var quoted = Claim("\"About 400 people left,\" an official said.", Qualifier.Exact, 400, "UN");
        Assert.False(QuotedRestatement.Restates(quoted, Claim("Around 400 people fled.", Qualifier.Approximately, 400)));
        Assert.False(QuotedRestatement.Restates(quoted, Claim("At least 400 people fled, the ministry said.", Qualifier.AtLeast, 400, "Gaza Health Ministry")));
        Assert.False(QuotedRestatement.InOwnWords(Claim("At least 25 people were killed.", Qualifier.AtLeast, 25)));
    }

    [Fact]
    public void The_merged_claim_keeps_the_reporters_hedge()
    {
        var claims = Extractor.Extract("KYIV (Reuters) - At least 25 people were killed in a missile strike on Friday, the regional governor said.\n\n\"So far, 25 dead,\" Governor Ivan Fedorov wrote on Telegram.", null);
        var claim = Assert.Single(claims, c => c.Value == 25);
        Assert.Equal(Qualifier.AtLeast, claim.Qualifier);
        Assert.Single(claim.Mentions);
    }

    [Fact]
    public void An_approximate_figure_in_quotation_marks_stays_its_own_claim()
    {
        var claims = Extractor.Extract("Officials said around 400 people had been evacuated from the area.\n\n\"About 400 people left,\" a local official said.", null);
        Assert.Equal(2, claims.Count(c => c.Value == 400));
    }

    [Fact]
    public void A_summary_bullet_under_a_plain_lead_in_is_read_and_keeps_its_speaker_over_the_headlines()
    {
        var claims = Extractor.Extract("Lebanon says six dead in Israeli strike on Tyre - live updates\n\nSummary\n- Six people have been killed in an Israeli strike on a building in Tyre, the Lebanese health ministry says\n- The Israeli military says it struck a Hezbollah command post in the city\n\nBuilding collapsed, residents say\nResidents said the building collapsed within seconds.", null);
        var claim = Assert.Single(claims, c => c.Value == 6 && c.Quote.StartsWith("- Six people", StringComparison.Ordinal));
        Assert.Equal("Lebanese Health Ministry", claim.Source);
    }

    [Theory]
    [InlineData("Summary", true)]
    [InlineData("What we know", true)]
    [InlineData("Key points:", true)]
    [InlineData("Most read", false)]
    [InlineData("Summary of the talks between the two delegations in Geneva", false)]
    public void Summary_lead_ins_are_data(string line, bool expected) => Assert.Equal(expected, SummaryLeadIn.Is(line));
}
