using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BodysNameTests
{
    [Theory]
    [InlineData("the Ukrainian general staff said", "staff", true)]
    [InlineData("Ukraine's joint staff reported", "staff", true)]
    [InlineData("the Israel Defense Forces said", "Forces", true)]
    [InlineData("killed three hospital staff", "staff", false)]
    [InlineData("North Korean soldiers were killed", "soldiers", false)]
    public void A_people_word_ending_a_bodys_name_is_no_people(string text, string noun, bool ends)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text.AsSpan(t.Start, t.Length).SequenceEqual(noun));
        Assert.Equal(ends, BodysName.Ends(text, tokens, at));
    }
}
