using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AttackReportedTests
{
    // The words read after the verb are the text's first words; the attack noun, if any, follows them.
    [Theory]
    [InlineData("an RSF", "an RSF attack on the village that killed seven people", true)]
    [InlineData("an Israeli", "an Israeli strike on a house", true)]
    [InlineData("the ministry", "the ministry on Monday", false)]
    [InlineData("the UN", "the UN.", false)]
    public void Words_before_an_attack_noun_are_the_verbs_object(string read, string text, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var attributor = new Attributor(0, read.Length, read, null, AttributorCue.Verb, 0);
        Assert.Equal(expected, AttackReported.Names(text, tokens, attributor));
    }
}
