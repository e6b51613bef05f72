using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A frameless toll placed in another country is not the figure of the state body carried from the sentence before; a
/// toll at home, or a carried army's, keeps the speaker.
/// </summary>
public sealed class TollAbroadTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The health ministry in Gaza says at least 3,200 Palestinians have died in ten days of bombardment. Some 1,300 people were killed in Israel in the October raid.", 1300)]
    [InlineData("Lebanon's health ministry reported 620 deaths since the fighting began. More than 70 people were killed in Israel by rocket fire over the same period.", 70)]
    public void A_toll_placed_abroad_takes_no_carried_ministry(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Null(claim.Source);
        Assert.DoesNotContain("Palestinian", claim.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Lebanese", claim.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lebanon's health ministry said 40 people died in strikes on Tuesday. Another 15 were killed in Lebanon's Bekaa valley overnight.", 15, "Lebanese Health Ministry")]
    [InlineData("The health ministry in Gaza says 3,200 Palestinians have died. Another 60 people were killed in Gaza overnight.", 60, "Gaza Health Ministry")]
    public void A_toll_at_home_keeps_the_ministry(string text, double value, string source) =>
        Assert.Equal(source, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Source);
}
