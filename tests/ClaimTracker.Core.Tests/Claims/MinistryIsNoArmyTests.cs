using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>AnaphorFit: "the ministry" reaches an army carried over only when that army's source is a ministry by name.</summary>
public sealed class MinistryIsNoArmyTests
{
    private static SourceDefinition Named(string name) => SourceRegistry.Default.Sources.First(s => s.Name == name);

    [Fact]
    public void The_ministry_does_not_fit_an_army()
    {
        Assert.False(AnaphorFit.Fits("the ministry", Named("IDF")));
        Assert.True(AnaphorFit.Fits("the army", Named("IDF")));
    }

    [Fact]
    public void The_ministry_fits_a_defence_ministry_and_a_government() =>
        Assert.True(AnaphorFit.Fits("the ministry", Named("Russian MoD")) && AnaphorFit.Fits("the ministry", Named("Lebanese Health Ministry")));

    [Theory]
    [InlineData("according to the ministry's latest tally.")]
    [InlineData("the ministry said in its daily update.")]
    public void A_ministrys_tally_after_the_army_spoke_is_the_ministrys(string credit)
    {
        var text = "BEIRUT — The Israeli army said it had struck a Hezbollah commander in the south.\n\n"
            + "Since the truce began, at least 250 people have been killed by Israeli fire, " + credit;
        Assert.Equal("Lebanese Health Ministry", Assert.Single(new ClaimExtractor().Extract(text, null)).Source);
    }
}
