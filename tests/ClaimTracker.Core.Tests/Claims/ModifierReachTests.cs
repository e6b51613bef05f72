using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ModifierReachTests
{
    [Theory]
    [InlineData("SEOUL - North Korean soldiers", "soldiers", "North")]
    [InlineData("KYIV — Russian troops", "troops", "Russian")]
    [InlineData("BEIRUT: Israeli soldiers", "soldiers", "Israeli")]
    [InlineData("said Seoul's North Korean soldiers", "soldiers", "said")]
    [InlineData("the Russian-backed fighters", "fighters", "the")]
    public void A_modifier_never_reaches_back_past_a_dash_or_a_colon(string text, string noun, string first)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var nounAt = tokens.FindIndex(t => text.AsSpan(t.Start, t.Length).SequenceEqual(noun));
        var start = ModifierReach.Start(text, tokens, 0, nounAt);
        Assert.Equal(first, text.Substring(tokens[start].Start, tokens[start].Length));
    }
}
