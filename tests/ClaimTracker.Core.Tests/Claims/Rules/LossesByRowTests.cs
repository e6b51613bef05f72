using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LossesByRowTests
{
    private const string Lede = "Ukrainian forces lost about 6,000 servicemen over the week, the Russian Defence Ministry said.\n\n";

    [Theory]
    [InlineData("The ministry listed the week's Ukrainian losses by direction:")]
    [InlineData("Enemy casualties by group of forces:")]
    public void Troop_rows_under_a_losses_lead_in_count_losses(string leadIn)
    {
        var claims = new ClaimExtractor().Extract(Lede + leadIn + "\n\n- Sever group: up to 1,100 servicemen\n- Yug group: more than 900 soldiers\n", null);
        Assert.Equal(Metric.KilledOrWounded, Assert.Single(claims, c => c.Value == 1100).Metric);
        Assert.Equal(Metric.KilledOrWounded, Assert.Single(claims, c => c.Value == 900).Metric);
    }

    [Fact]
    public void Troop_rows_under_another_lead_in_stay_deployed()
    {
        var claims = new ClaimExtractor().Extract("The alliance said it had placed 3,000 troops on its eastern flank, spread as follows:\n\n- Latvia: about 1,100 troops\n- Poland: some 1,900 troops\n", null);
        Assert.Equal(Metric.Deployed, Assert.Single(claims, c => c.Value == 1100).Metric);
    }

    [Theory]
    [InlineData("\n- Sever group: up to 1,100 servicemen\n")]
    [InlineData("\n\nLosses by group:\n\n- Sever group: up to 1,100 servicemen\n")]
    public void Rows_at_the_very_top_of_a_text_read_without_error(string text)
    {
        // The walk up to the lead-in must stop at the text's first line (a fuzz input once opened on a blank line).
        Assert.Null(Record.Exception(() => new ClaimExtractor().Extract(text, null)));
    }
}
