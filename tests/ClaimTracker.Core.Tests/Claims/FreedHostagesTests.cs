using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>Hostages or captives a release, rescue or handover verb frees are the swap's released (other), as
/// <see cref="ReleasedCount"/> reads "released 20 hostages" (metrics.json releaseVerbs).</summary>
public sealed class FreedHostagesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The group released 7 hostages on Sunday morning, the mediators said.", 7)]
    [InlineData("Special forces rescued three hostages in a night raid, the army said.", 3)]
    [InlineData("The Red Cross said it transferred five living captives to the army on Monday.", 5)]
    public void Freed_hostages_are_other(string text, double value) =>
        Assert.Equal(Metric.Other, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Metric);

    [Fact]
    public void Hostages_still_held_stay_captured() =>
        Assert.Equal(Metric.Captured, Assert.Single(Extractor.Extract("The group is still holding 41 hostages, officials said.", null), c => c.Value == 41).Metric);

    [Theory]
    [InlineData("Hamas transferred 4 hostages to the Red Cross on Sunday.", 4)]
    [InlineData("An Israeli commando unit rescued two hostages in Rafah on Saturday.", 2)]
    public void Freed_hostages_take_no_captors_nation(string text, double value) =>
        Assert.Equal("hostages", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
}
