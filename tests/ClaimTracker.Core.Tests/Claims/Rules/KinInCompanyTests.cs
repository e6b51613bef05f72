using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class KinInCompanyTests
{
    [Theory]
    [InlineData("Hawa Musa now spends her mornings at the water point with her four grandchildren.", "four")]
    [InlineData("Adil sat by the clinic wall with his wife and five sons, waiting.", "five")]
    public void Kin_who_come_along_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(KinInCompany.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("A woman was killed with her two children when the shell hit the house.", "two")]
    [InlineData("A farmer died along with his three sons in the strike.", "three")]
    [InlineData("Strikes killed 12 people with 30 others wounded.", "30")]
    public void Kin_with_a_fate_or_joined_to_a_toll_are_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(KinInCompany.Rule, text, number);
        Assert.True(run.Kept);
    }
}
