using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OwnersLossesTests
{
    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky put Pyongyang's losses at around 4,000 killed or wounded.", "4,000", "North Korean")]
    [InlineData("A U.S. official put Russia's losses at 700,000 killed or wounded.", "700,000", "Russian")]
    [InlineData("Officials in Kyiv said Kim's losses had reached 4,700 killed or wounded.", "4,700", "North Korean")]
    public void An_owners_losses_are_its_troops(string text, string number, string nation)
    {
        var run = CountPhraseRun.Of(OwnersLosses.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.Equal([nation], run.Draft.Nationalities);
        Assert.Equal("troops", run.Draft.Noun);
    }

    [Theory]
    [InlineData("An aid worker put the losses at 300 killed and wounded.", "300")]
    [InlineData("Officials said the war's losses had reached 300 killed or wounded.", "300")]
    [InlineData("A local official said Kherson's death toll had risen to 41.", "41")]
    public void Losses_with_no_capitalised_owner_stay_as_they_were(string text, string number)
    {
        var run = CountPhraseRun.Of(OwnersLosses.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.Empty(run.Draft.Nationalities);
    }
}
