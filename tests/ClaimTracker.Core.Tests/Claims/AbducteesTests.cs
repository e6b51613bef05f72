using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AbducteesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY (AFP) — Of the 251 hostages seized by militants on October 7, 2023, 117 have been freed.", 251)]
    [InlineData("GAZA CITY (AFP) — Of the 251 hostages seized by militants on October 7, 2023, 117 have been freed.", 117)]
    [InlineData("Hostages still in Gaza\n\nOf the 251 people abducted in the attack, 168 have come home alive.", 168)]
    [InlineData("DEIR AL-BALAH, Gaza Strip (AP) — Officials say about 250 people were abducted that day.", 250)]
    public void Captives_taken_into_gaza_are_not_palestinian(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.DoesNotContain("Palestinian", claim.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaza_s_dead_in_the_same_story_stay_palestinian()
    {
        var claims = Extractor.Extract("GAZA CITY (AFP) — Of the 251 hostages seized on October 7, 117 have been freed. The health ministry said strikes had killed 31 people.", null);
        Assert.Equal("Palestinian people", Assert.Single(claims, c => c.Value == 31).Subject);
    }
}
