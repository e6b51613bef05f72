using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class UnownedOfficialFiguresTests
{
    private const string Lede = "The monitoring group Airwars said it had documented 310 civilian deaths in the first month.\n\n";

    [Theory]
    [InlineData("Official figures show that 1,900 people were killed over the same weeks.")]
    [InlineData("On the other side of the border, official figures suggest 1,900 people were killed.")]
    [InlineData("The latest official data indicate that 1,900 people were killed.")]
    public void Official_figures_do_not_fall_back_on_the_monitor(string sentence)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Lede + sentence, null), c => c.Value == 1900);
        Assert.Null(claim.Source);
    }

    [Fact]
    public void A_bodys_figures_stay_the_bodys()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Lede + "Health ministry figures show that 1,900 people were killed.", null), c => c.Value == 1900);
        Assert.NotEqual("Airwars", claim.Source);
    }

    [Theory]
    [InlineData("official figures", true)]
    [InlineData("the latest official data", true)]
    [InlineData("government figures", false)]
    [InlineData("official Israeli figures", false)]
    [InlineData("the ministry's official figures", false)]
    public void Only_plain_modifiers_before_official(string words, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        Assert.Equal(expected, UnownedOfficialFigures.Is(words, tokens, 0, tokens.Count - 1));
    }
}
