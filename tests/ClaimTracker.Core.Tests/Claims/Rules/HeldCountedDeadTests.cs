using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HeldCountedDeadTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The militants still hold 40 hostages - 18 alive and 22 confirmed dead - the envoy said.", 22)]
    [InlineData("The group is holding 31 captives, 12 of them alive and 19 declared dead, officials said.", 19)]
    [InlineData("Officials said the faction still held 70 hostages, 45 alive and 25 dead.", 25)]
    [InlineData("Of the 88 hostages still held in Gaza, officials said 30 were no longer alive.", 30)]
    [InlineData("Of the 52 captives still held by the group, the envoy said 17 were not alive.", 17)]
    public void Held_counted_dead_are_killed(string text, double value) =>
        Assert.Equal(Metric.Killed, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Held_counted_alive_stay_captured() =>
        Assert.Equal(Metric.Captured, Assert.Single(Extractor.Extract("The militants still hold 40 hostages, officials said, though only 18 of them are believed alive.", null), c => c.Value == 40).Metric);
}
