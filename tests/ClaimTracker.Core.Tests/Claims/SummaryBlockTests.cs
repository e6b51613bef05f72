using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A page's top summary (bullets under "In brief" or "Key points:", or the bullets right under the headline) is kept
/// apart from the body's claims where headlines are (SummaryBlock); the store still folds it.
/// </summary>
public sealed class SummaryBlockTests
{
    private static readonly ClaimExtractor Apart = new() { MergeRepeats = true };
    private static readonly ClaimExtractor Store = new() { MergeRepeats = true, FoldHeadlines = true };

    private const string LeadIn = "Flooding live: dam breach swamps river towns\n\nAt a glance\n"
        + "- Rescue teams say 17 people have died after the dam gave way upstream of the towns\n"
        + "- Army helicopters lifted residents from rooftops through the night\n\n"
        + "09:10\nThe death toll\nThe regional rescue service said 17 people had died and dozens were missing after the breach.";

    private const string UnderTheHeadline = "Shelling of border villages leaves nine dead\n\n"
        + "- Nine civilians were killed in the shelling of three villages, the district governor says.\n"
        + "- Schools in the district are closed until further notice.\n\n"
        + "The district governor said nine civilians were killed when shells hit three villages near the border on Tuesday.\n\n"
        + "Residents said the shelling lasted for about two hours.";

    [Theory]
    [InlineData(LeadIn, 17)]
    [InlineData(UnderTheHeadline, 9)]
    public void A_summary_bullet_and_the_bodys_statement_are_two_claims(string text, double value)
    {
        // The headline's figure, where it has one, is a third claim of its own.
        var claims = Apart.Extract(text, null).Where(c => c.Value == value).ToList();
        Assert.Single(claims, c => c.Quote.StartsWith("- ", StringComparison.Ordinal));
        var body = Assert.Single(claims, c => c.Quote.StartsWith("The ", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Mentions, m => m.Quote.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bullet_keeps_the_speaker_it_names()
    {
        var bullet = Assert.Single(Apart.Extract(UnderTheHeadline, null), c => c.Value == 9 && c.Quote.StartsWith("- ", StringComparison.Ordinal));
        Assert.NotNull(bullet.SourceMention);
        Assert.Contains("governor", bullet.SourceMention, StringComparison.OrdinalIgnoreCase);
    }

    // A bullet with no speaker takes the body's; a body restatement with none takes the bullet's.
    [Theory]
    [InlineData("- Around 2,300 families have left the port district since Sunday", "The UN migration agency said around 2,300 families had left the port district since Sunday.", "- ")]
    [InlineData("- Around 2,300 families have left the port district since Sunday, the UN migration agency says", "Field teams counted around 2,300 families leaving the port district since Sunday.", "Field")]
    public void The_bullet_and_the_body_share_the_speaker_one_of_them_names(string bullet, string body, string quoteStart)
    {
        var text = "Fighting near the port: what we know\n\nKey points:\n" + bullet + "\n- Ferries to the islands are suspended\n\n" + body;
        var claim = Assert.Single(Apart.Extract(text, null), c => c.Value == 2300 && c.Quote.StartsWith(quoteStart, StringComparison.Ordinal));
        Assert.Equal("IOM", claim.Source);
    }

    [Fact]
    public void A_list_of_earlier_days_tolls_is_no_repeat_of_the_news()
    {
        // Monday's 9 in the list of earlier tolls is not the 9 killed in the day's shelling of the market.
        var text = "Shelling of the market killed nine people on Thursday, the district health office said.\n\n"
            + "The day's toll, up from 14 killed on Wednesday, 11 on Tuesday and nine on Monday, came as talks resumed.";
        Assert.Equal(2, Apart.Extract(text, null).Count(c => c.Value == 9));
    }
}
