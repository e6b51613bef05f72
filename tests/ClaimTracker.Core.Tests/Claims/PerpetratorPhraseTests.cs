using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The force or nation of a perpetrator's "by" phrase ("waged by", "carried out by", "by the … forces") is never the
/// people a count of its sentence counts; the force a loss is "suffered by" is.
/// </summary>
public sealed class PerpetratorPhraseTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The count of the campaign waged by the Israeli army against the Strip now stands at 41,000 martyrs, hospital sources said.", 41000)]
    [InlineData("The toll of the bombing carried out by Israeli occupation forces has climbed to 310 martyrs and 900 injured.", 310)]
    [InlineData("The toll of the bombing carried out by Israeli occupation forces has climbed to 310 martyrs and 900 injured.", 900)]
    [InlineData("The toll of the raids by the army on the camp rose to 64 dead, medics said.", 64)]
    public void The_force_that_waged_the_war_is_not_the_counted(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.DoesNotContain("troops", claim.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Israeli", claim.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Losses_suffered_by_a_force_are_its_own()
    {
        var claims = Extractor.Extract("The losses suffered by the Russian forces have climbed to 650,000, Ukraine's General Staff said.", null);
        Assert.Equal("Russian troops", Assert.Single(claims, c => c.Value == 650000).Subject);
    }
}
