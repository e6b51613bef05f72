using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OfficialWhoEstimatedTests
{
    [Theory]
    [InlineData("that of a US military official who earlier this week spoke of several hundred casualties", "spoke")]
    [InlineData("A U.S. defense official who briefed reporters on Friday put North Korean losses at about 4,000.", "put")]
    public void The_official_before_who_speaks_for_the_clauses_estimate(string text, string cue)
    {
        var run = AttributionRun.Of(OfficialWhoEstimated.Frame, text, cue);
        Assert.True(run.Read);
        Assert.EndsWith("official", run.Speaker.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a US military official who spoke to reporters on Monday", "spoke")]
    [InlineData("the family who put the children at the front", "put")]
    [InlineData("A U.S. official, speaking on Friday, put losses at 4,000.", "put")]
    public void Leaves_other_clauses_alone(string text, string cue) =>
        Assert.False(AttributionRun.Of(OfficialWhoEstimated.Frame, text, cue).Read);
}
