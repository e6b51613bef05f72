using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class MinistryOfPortfolioSpeaksTests
{
    [Theory]
    [InlineData("Three people were killed and 14 wounded, the ministry of public health said.")]
    [InlineData("Nine people were killed, the ministry of health later said.")]
    public void The_ministry_of_a_portfolio_in_lower_case_points_back_as_the_health_ministry(string text)
    {
        var run = AttributionRun.Of(MinistryOfPortfolioSpeaks.Frame, text, "said");
        Assert.True(run.Read);
        Assert.Equal("the health ministry", run.Speaker.Text);
        Assert.True(run.Speaker.IsAnaphor);
    }

    [Theory]
    [InlineData("Nine people were killed, Lebanon's ministry of public health said.")]
    [InlineData("Nine people were killed, the ministry of information said.")]
    [InlineData("Nine people were killed, the ministry said.")]
    public void Leaves_a_countrys_ministry_other_portfolios_and_a_bare_ministry_to_other_frames(string text)
    {
        var run = AttributionRun.Of(MinistryOfPortfolioSpeaks.Frame, text, "said");
        Assert.False(run.Read);
    }
}
