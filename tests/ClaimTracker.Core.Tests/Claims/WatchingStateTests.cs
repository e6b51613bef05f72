using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary><see cref="WatchingState"/> through the extractor: the watcher's nation is lent by the speaker, read after attribution.</summary>
public sealed class WatchingStateTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("North Korea keeps losing men in Kursk\n\nA U.S. defence official said some 900 of the soldiers had been killed or wounded in the past month.", 900)]
    [InlineData("Pyongyang sends more troops to Russia\n\nJapan's defence ministry estimated that about 3,000 more troops had arrived in Kursk.", 3000)]
    public void A_watching_state_s_speaker_counts_the_force_it_watches(string text, double value)
    {
        var claim = Assert.Single(Extractor.Extract(text), c => c.Value == value);
        Assert.Equal("North Korean troops", claim.Subject);
    }

    [Fact]
    public void The_watcher_s_own_troops_named_in_the_count_stay_its_own()
    {
        var claim = Assert.Single(Extractor.Extract("North Korea watches the drills\n\nAbout 28,500 US troops are stationed in South Korea, the Pentagon said."), c => c.Value == 28500);
        Assert.Equal("US troops", claim.Subject);
    }
}
