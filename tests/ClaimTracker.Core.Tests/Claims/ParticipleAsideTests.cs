using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

// ParticipleAside: "NAME, confirming …, said" — the aside a participle opens after a name is the name's own.
public sealed class ParticipleAsideTests
{
    private const string Lede = "U.S. Secretary of State Antony Blinken said on Thursday that 8,000 North Korean soldiers were in Russia.\n\n";

    [Theory]
    [InlineData("NATO Secretary General Mark Rutte, confirming on Monday that North Korean units had reached Kursk, said more than 600,000 Russian soldiers had been killed or wounded.")]
    [InlineData("Secretary General Mark Rutte of NATO, briefing reporters in Brussels after talks with Seoul, said more than 600,000 Russian soldiers had been killed or wounded.")]
    [InlineData("Mark Rutte of NATO, addressing allies at a meeting in Brussels, told reporters that more than 600,000 Russian soldiers had been killed or wounded.")]
    public void A_participle_aside_keeps_the_name_before_it(string sentence)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Lede + sentence, null), c => c.Value == 600000);
        Assert.Equal("NATO", claim.Source);
    }

    [Fact]
    public void An_aside_after_a_lower_case_word_is_left_alone()
    {
        Assert.False(ParticipleAside.Opens("the building, housing 40 families, collapsed", Tokens("the building, housing 40 families, collapsed"), 2));
    }

    [Fact]
    public void A_clauses_participle_is_no_aside()
    {
        const string text = "A missile hit a house in Dnipro, killing two people, said Governor Lysak";
        Assert.False(ParticipleAside.Opens(text, Tokens(text), 7));
    }

    [Fact]
    public void An_aside_after_a_name_opens()
    {
        Assert.True(ParticipleAside.Opens("Rutte, confirming the figure, said", Tokens("Rutte, confirming the figure, said"), 1));
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        return tokens;
    }
}
