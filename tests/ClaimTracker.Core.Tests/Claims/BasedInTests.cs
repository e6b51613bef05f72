using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BasedInTests
{
    [Theory]
    [InlineData("The Britain-based monitor said 40 members of the security forces died", "Britain", true)]
    [InlineData("a London-based war monitor reported the toll", "London", true)]
    [InlineData("a Washington-based rights group counted 512 deaths", "Washington", true)]
    [InlineData("British troops were based in the south", "British", false)]
    [InlineData("Syria's coastal region saw the worst of the killing", "Syria", false)]
    public void A_country_before_based_says_where_a_body_sits(string text, string country, bool based)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text[t.Start..t.End] == country);
        Assert.Equal(based, BasedIn.At(text, tokens, at, 1));
    }
}
