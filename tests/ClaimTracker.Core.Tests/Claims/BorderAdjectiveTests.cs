using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>A people's adjective before a border word names a line, unless those who guard it follow.</summary>
public sealed class BorderAdjectiveTests
{
    [Theory]
    [InlineData("Two soldiers were killed near the Israeli border.", "Israeli", true)]
    [InlineData("Shelling hit villages along the Israeli-Lebanese border.", "Israeli", true)]
    [InlineData("Fighting closed the Sudanese frontier, officials said.", "Sudanese", true)]
    [InlineData("Four Russian border guards were captured.", "Russian", false)]
    [InlineData("Two Israeli soldiers were killed.", "Israeli", false)]
    public void A_border_word_after_the_adjective_makes_it_a_line(string sentence, string adjective, bool border)
    {
        var tokens = new List<Token>();
        Token.Split(sentence, 0, sentence.Length, tokens);
        var i = tokens.FindIndex(t => sentence.AsSpan(t.Start, t.Length).SequenceEqual(adjective));
        Assert.Equal(border, BorderAdjective.At(sentence, tokens, i, 1));
    }
}
