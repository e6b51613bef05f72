using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ArmysOwnStrikeTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Russia's Defence Ministry said it had killed 40 servicemen in a strike on a depot.", 40)]
    [InlineData("Russia's Defence Ministry said its drones had struck a field camp near Sumy, killing as many as 70 servicemen.", 70)]
    public void Soldiers_an_army_s_own_strike_killed_are_its_opponent_s(string text, double value)
    {
        Assert.Equal("Ukrainian troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Soldiers_killed_with_no_agent_before_the_count_stay_the_army_s_own()
    {
        var text = "Russia's Defence Ministry said 14 servicemen were killed when a drone hit a barracks in Kursk.";
        Assert.Equal("Russian troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 14).Subject);
    }

    [Fact]
    public void An_army_with_no_listed_opponent_keeps_its_reading()
    {
        var text = "The Somali army said its forces had killed 30 soldiers.";
        Assert.Equal("Somali troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 30).Subject);
    }
}
