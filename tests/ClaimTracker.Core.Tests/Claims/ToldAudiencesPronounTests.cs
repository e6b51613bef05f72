using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ToldAudiencesPronounTests
{
    [Theory]
    [InlineData("The National Intelligence Service told lawmakers it believed about 300 North Korean soldiers had died.", "NIS")]
    [InlineData("The monitoring group Airwars told Reuters it had documented 300 civilian deaths.", "Airwars")]
    [InlineData("Lebanon's health ministry told the UN Security Council it had recorded 300 deaths.", "Lebanese Health Ministry")]
    public void It_after_the_ones_told_is_the_teller(string text, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 300);
        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("the agency told lawmakers it believed", 3, 5, true)]
    [InlineData("the agency told the UN Security Council it had recorded", 6, 9, true)]
    [InlineData("in a statement it said", 2, 4, false)]
    public void Only_an_audience_after_a_verb_of_telling(string text, int end, int verb, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        Assert.Equal(expected, ToldAudiencesPronoun.Crossed(text, tokens, end, verb));
    }
}
