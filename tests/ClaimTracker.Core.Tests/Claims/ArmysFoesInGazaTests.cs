using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ArmysFoesInGazaTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY (AFP) — The Israeli military said it had killed about 40 militants in the area over the past day.", 40)]
    [InlineData("KHAN YOUNIS, Gaza Strip (AP) — The Israeli army said troops had detained more than 150 suspected militants during the raid.", 150)]
    [InlineData("Israel's military says it has killed some 9,000 fighters in northern Gaza since October.", 9000)]
    public void Fighters_an_army_kills_or_holds_in_gaza_are_palestinian(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal("Palestinian fighters", claim.Subject);
    }

    [Theory]
    [InlineData("The Israeli military said it had killed about 40 militants in southern Lebanon over the past day.", 40)]
    [InlineData("The Israeli military said three soldiers were killed in fighting in northern Gaza on Monday.", 3)]
    public void Fighters_outside_gaza_and_the_army_s_own_soldiers_are_not(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.DoesNotContain("Palestinian", claim.Subject, StringComparison.Ordinal);
    }
}
