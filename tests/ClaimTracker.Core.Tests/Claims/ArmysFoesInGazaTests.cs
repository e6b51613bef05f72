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

    // The story has counted Gaza's people a paragraph before; the army's sentence names no place (Unseen16, Unseen79).
    private const string GazaToll = "Talks resume in Cairo\n\nMediators met again. No date was set. Later, the health ministry in Gaza said 35 people had been killed in the past day.\n\n";

    [Theory]
    [InlineData(GazaToll + "The Israeli army says it has killed some 8,000 militants, a figure it has not backed with evidence.", 8000)]
    [InlineData(GazaToll + "Israel's military said it had rounded up more than 120 \"terrorists\" during the raid on the hospital.", 120)]
    public void Fighters_an_army_counts_in_a_story_that_counted_gazas_people_are_palestinian(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal("Palestinian fighters", claim.Subject);
    }

    [Theory]
    [InlineData(GazaToll + "In southern Lebanon, the Israeli army said it had killed 12 militants overnight.", 12)]
    [InlineData(GazaToll + "The Israeli army said it had killed 12 Hezbollah fighters overnight.", 12)]
    [InlineData("Talks resume in Cairo\n\nMediators met again. No date was set.\n\nThe Israeli army says it has killed some 8,000 militants.", 8000)]
    public void Fighters_of_another_country_or_group_or_in_a_story_with_no_gaza_toll_are_not(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.DoesNotContain("Palestinian", claim.Subject, StringComparison.Ordinal);
    }
}
