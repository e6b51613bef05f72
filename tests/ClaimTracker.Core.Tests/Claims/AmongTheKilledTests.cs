using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AmongTheKilledTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("More than 300 people have been killed in Lebanon since the truce, an AFP tally says. The UN said at least 120 civilians were among those killed since the truce.", 120, "Lebanese civilians")]
    [InlineData("More than 300 people have been killed since the truce, an AFP tally says. The UN said at least 120 civilians were among those killed since the truce.", 120, "civilians")]
    public void Civilians_among_those_killed_take_the_places_nation(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
