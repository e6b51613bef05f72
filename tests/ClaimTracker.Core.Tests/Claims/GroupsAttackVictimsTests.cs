using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class GroupsAttackVictimsTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. The war started after Hamas staged its surprise attack, killing about 1,100 people and seizing 240 others as hostages.", 1100)]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. The war started after Hamas staged its surprise attack, killing about 1,100 people and seizing 240 others as hostages.", 240)]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. The fighting began when Hamas-led gunmen mounted a cross-border assault, leaving some 1,100 people dead.", 1100)]
    public void An_armed_groups_attack_kills_no_gazans(string text, double value)
    {
        Assert.DoesNotContain("Palestinian", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GAZA CITY - Israel carried out an attack on Hamas, killing 14 people in Gaza City on Monday, medics said.", 14, "Palestinian people")]
    [InlineData("GAZA CITY - An Israeli raid targeted a Hamas commander's home, killing 9 people in Gaza on Monday, medics said.", 9, "Palestinian people")]
    public void An_attack_on_an_armed_group_keeps_gazas_people(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. The war began when militants poured into Israel, killed about 1,100 people and carried off 240 hostages.", 1100)]
    [InlineData("GAZA CITY - Strikes killed 20 people in Gaza on Monday. The war began when militants poured into Israel, killed about 1,100 people and carried off 240 hostages.", 240)]
    public void An_incursion_into_another_country_kills_its_people(string text, double value)
    {
        Assert.DoesNotContain("Palestinian", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void The_recalled_attack_is_no_earlier_speakers_count()
    {
        const string text = "Tel Aviv - Israeli strikes killed 20 people in the Gaza Strip on Monday, according to the territory's health ministry.\n\n"
            + "The war started after Hamas staged its surprise attack, killing about 1,100 people and seizing 240 others as hostages.";
        var claims = Extractor.Extract(text, null);
        Assert.Null(Assert.Single(claims, c => c.Value == 1100).Source);
        Assert.NotNull(Assert.Single(claims, c => c.Value == 20).Source);
    }
}
