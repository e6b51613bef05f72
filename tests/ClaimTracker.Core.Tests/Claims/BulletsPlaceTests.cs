using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="BulletsPlace"/>: a summary bullet whose figure several entries give takes the speaker of the entry that
/// names the bullet's place, not of the first entry that gives the figure.
/// </summary>
public sealed class BulletsPlaceTests
{
    private const string Page = "Ukraine latest: strikes overnight\n\nIn brief\n- Three people injured in Lviv after a missile strike\n- Power cut in the east\n\n"
        + "11:00\nPoltava\nThree people were hurt in the Poltava region, Poltava Oblast governor Volodymyr Kohut said.\n\n"
        + "09:00\nLviv\nIn Lviv, three people were hurt when a missile hit a warehouse, Lviv Oblast governor Maksym Kozytskyi said.";

    [Fact]
    public void A_bullet_takes_the_speaker_of_the_entry_naming_its_place()
    {
        var claims = new ClaimExtractor().Extract(Page, null);
        var bullet = claims.FirstOrDefault(c => c.Value == 3 && (c.Quote.Contains("Three people injured in Lviv", StringComparison.Ordinal)
            || c.Mentions.Any(m => m.Quote.Contains("Three people injured in Lviv", StringComparison.Ordinal))));
        Assert.True(bullet is not null, string.Join(" | ", claims.Select(c => $"{c.Value} {c.Source} {c.Quote}")));
        Assert.Equal("Lviv regional administration", bullet.Source);
    }

    [Theory]
    [InlineData("Four injured in Kyiv after a heavy attack on the capital", new[] { "Kyiv" })]
    [InlineData("Two men killed in Odesa's port", new[] { "Odesa" })]
    [InlineData("Rescuers still searching the rubble", new string[0])]
    public void Its_names_are_its_capitalised_words_past_the_first(string bullet, string[] names) =>
        Assert.Equal(names, BulletsPlace.Names(bullet));
}
