using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ArmedGroupsRanksTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The Israeli army said it had killed 90 Hezbollah fighters this week. Those killed included three battalion commanders, the army said.", 3)]
    [InlineData("The military said troops had killed 40 Hamas militants in the raid. Among the dead were six company commanders and two platoon commanders.", 2)]
    [InlineData("The army said its strikes had killed 75 members of the group, including 11 commanders.", 11)]
    public void Commanders_among_a_groups_dead_keep_no_nation(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal("troops", claim.Subject);
    }

    [Theory]
    [InlineData("The Israeli army said 14 soldiers had been killed this week. Those killed included two company commanders, the army said.", 2)]
    public void Commanders_among_an_armys_own_dead_stay_its_soldiers(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text, null), c => c.Value == value);
        Assert.Equal("Israeli troops", claim.Subject);
    }
}
