using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class IssuedOrderTests
{
    // The verb is the text's first token.
    [Theory]
    [InlineData("issued an evacuation order on 12 October", true)]
    [InlineData("issued evacuation orders for several villages", true)]
    [InlineData("issues new evacuation warnings", true)]
    [InlineData("issued a statement saying 14 soldiers were wounded", false)]
    [InlineData("issued new figures showing 38 deaths", false)]
    [InlineData("said an evacuation order was issued", false)]
    public void Only_an_order_noun_after_lead_words_makes_the_verb_a_deed(string text, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        Assert.Equal(expected, IssuedOrder.Is(text, tokens, 0));
    }
}
