using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AttackersAdjectiveTests
{
    [Theory]
    [InlineData("Russian strikes on Ukrainian towns killed nine civilians", "Russian", true)]
    [InlineData("the region came under Ukrainian drone attack overnight", "Ukrainian", true)]
    [InlineData("three were killed in an Israeli air strike on the camp", "Israeli", true)]
    [InlineData("Russia's missile attack hit the station", "Russia", true)]
    [InlineData("Russian strikes on Ukrainian towns killed nine civilians", "Ukrainian", false)]
    [InlineData("Ukrainian civilians were killed in the attack", "Ukrainian", false)]
    public void An_adjective_before_an_attack_names_the_attackers(string text, string country, bool attackers)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text[t.Start..t.End] == country);
        Assert.Equal(attackers, AttackersAdjective.At(text, tokens, at, 1));
    }

    [Theory]
    [InlineData("Two brothers killed in Israeli strike on south Lebanon sawmill", "Lebanon", true)]
    [InlineData("Israel has kept up strikes on southern Lebanon", "Lebanon", true)]
    [InlineData("Israeli strike on a South Lebanon village", "Lebanon", false)]
    public void A_compass_word_after_the_attacks_preposition_keeps_the_target(string text, string place, bool target)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text[t.Start..t.End] == place);
        Assert.Equal(target, AttackersAdjective.IsTarget(text, tokens, at));
    }
}
