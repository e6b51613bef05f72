using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PlaceLabelTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void A_place_label_picks_its_ministry()
    {
        // A live page on Lebanon whose later entry is headed by another place: the entry's bare ministry is that place's.
        const string text = "Live: Israeli strikes across southern Lebanon\n\n"
            + "10:20\nLebanon's Health Ministry said 14 people were killed in strikes on villages near Nabatieh.\n\n"
            + "09:05\nGaza: 22 killed overnight, ministry says\n"
            + "At least 22 Palestinians were killed in overnight strikes on Khan Younis, Gaza's health ministry said.";
        var claims = Extractor.Extract(text, null);
        Assert.Equal("Lebanese Health Ministry", Assert.Single(claims, c => c.Value == 14).Source);
        Assert.All(claims.Where(c => c.Value == 22), c => Assert.Equal("Gaza Health Ministry", c.Source));
    }

    [Theory]
    [InlineData("Gaza: 22 killed overnight, ministry says", true)]
    [InlineData("Lebanon: ministry reports 9 dead", true)]
    [InlineData("BEIRUT: an Israeli strike killed 9 people, the ministry said", false)]
    [InlineData("Strikes on Gaza: 22 killed, ministry says", false)]
    [InlineData("Gaza health officials say 22 were killed", false)]
    public void Only_a_headline_case_place_opening_on_a_colon_is_a_label(string text, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var found = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                found |= PlaceLabel.Is(text, tokens, i, n.Tokens);
                i += n.Tokens - 1;
            }
        }
        Assert.Equal(expected, found);
    }
}
