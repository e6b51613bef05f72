using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

// ForOnesPart: "NAME for its part said" — the comma-less aside leaves the name before it as the speaker.
public sealed class ForOnesPartTests
{
    [Theory]
    [InlineData("Moscow said its air defences downed 30 drones overnight. The Ukrainian General Staff for its part said 1,250 Russian troops were killed or wounded over the past day.", 1250, "Ukrainian General Staff")]
    [InlineData("Kyiv reported heavy shelling in the east. The Russian Defence Ministry for its part said 310 Ukrainian soldiers were killed in a day.", 310, "Russian MoD")]
    [InlineData("Israel said its jets had struck launch sites near the border. Hezbollah for its part reported that 14 of its fighters were killed over the week.", 14, "Hezbollah")]
    public void The_name_before_the_aside_speaks(string text, double value, string source)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == value);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void The_phrase_before_the_verb_is_skipped_to_the_name()
    {
        const string text = "Hezbollah for its part said";
        Assert.Equal(0, ForOnesPart.Skip(text, Tokens(text), 3));
    }

    [Fact]
    public void A_part_with_nothing_after_it_is_no_aside()
    {
        const string text = "For its part in the fighting";
        Assert.Equal(5, ForOnesPart.Skip(text, Tokens(text), 5));
        const string opening = "For its part";
        Assert.Equal(2, ForOnesPart.Skip(opening, Tokens(opening), 2));
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        return tokens;
    }
}
