using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NamedAsPlaceTests
{
    [Theory]
    [InlineData("fighters attacked a Somali army base on Friday", "Somali", true)]
    [InlineData("a shell hit an Israeli military post near the fence", "Israeli", true)]
    [InlineData("troops reached a Ukrainian checkpoint", "Ukrainian", true)]
    [InlineData("Somali soldiers were killed at the base", "Somali", false)]
    [InlineData("the Somali army said seven soldiers died", "Somali", false)]
    public void An_adjective_before_a_base_names_a_place(string text, string country, bool place)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => text[t.Start..t.End] == country);
        Assert.Equal(place, NamedAsPlace.At(text, tokens, at, 1));
    }
}
