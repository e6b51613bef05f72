using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SideNamedBeforeTheCountTests
{
    [Theory]
    [InlineData("Russia has lost 20,000 troops, among them North Korean soldiers whose losses reach up to 3,000.", "3,000", "North Korean")]
    [InlineData("The minister said North Korea, whose casualties stand at 3,500, would send more men.", "3,500", "North Korean")]
    [InlineData("Russia has lost about 20,000 troops near the town, North Koreans about 3,000.", "3,000", "North Korean")]
    public void The_side_named_before_the_count_owns_it(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(SideNamedBeforeTheCount.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Russia, whose army numbers more than a million, sent 5,000 troops.", "5,000")]
    [InlineData("The army has lost about 20,000 troops near the town, about 3,000 of them in May.", "3,000")]
    public void A_clause_without_a_loss_or_a_side_gives_no_nation(string text, string number)
    {
        var run = CountPhraseRun.Of(SideNamedBeforeTheCount.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
