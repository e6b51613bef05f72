using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ServedCountryTests
{
    [Theory]
    [InlineData("soldiers fighting for Russia have lost many men", "Russia", "men", true)]
    [InlineData("volunteers sent alongside Ukraine lost men", "Ukraine", "men", true)]
    [InlineData("aid sent to Ukrainian soldiers", "Ukrainian", "soldiers", false)]
    [InlineData("fighting for Russian forces", "Russian", "forces", false)]
    [InlineData("Russia lost many men", "Russia", "men", false)]
    public void A_country_after_a_side_preposition_modifies_no_later_noun(string text, string country, string noun, bool served)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        int At(string word) => tokens.FindIndex(t => text.AsSpan(t.Start, t.Length).SequenceEqual(word));
        Assert.Equal(served, ServedCountry.At(text, tokens, At(country), 1, At(noun)));
    }
}
