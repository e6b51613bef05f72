using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class EnemyAttackerTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("BEIRUT - \"The Israeli enemy targeted a car near the checkpoint, lightly wounding six soldiers,\" the Lebanese army said.", 6, "Lebanese troops")]
    [InlineData("BEIRUT - \"An enemy drone targeted a motorcycle near the post, wounding two soldiers,\" the Lebanese army said.", 2, "Lebanese troops")]
    [InlineData("BEIRUT - \"Enemy aircraft struck a post in the south, wounding three soldiers,\" the Lebanese army said.", 3, "Lebanese troops")]
    [InlineData("BEIRUT - \"Our units inflicted heavy losses on the enemy, killing 40 soldiers,\" the Lebanese army said.", 40, "Israeli troops")]
    public void An_enemy_that_attacks_wounds_the_armys_own(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
