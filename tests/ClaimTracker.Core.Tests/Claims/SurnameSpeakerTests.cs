using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SurnameSpeakerTests
{
    private static readonly SourceDefinition Ministry = SourceRegistry.Default.Sources.First(s => s.Name == "Lebanese Health Ministry");

    [Theory]
    [InlineData("Health Minister Nabil Karam", "Karam", true)]
    [InlineData("agency spokesman Hatem Salloum", "Salloum", true)]
    [InlineData("Lebanon's Public Health Minister Nabil Karam", "Karam", true)]
    [InlineData("the ministry", "ministry", false)]
    [InlineData("Karam", "Karam", false)]
    [InlineData("Health Minister Nabil Karam on Telegram", "Karam", true)]
    [InlineData("Health Minister Nabil Karam via X", "Karam", true)]
    [InlineData("Health Minister Nabil Karam on Telegram", "Telegram", false)]
    public void A_surname_alone_repeats_a_speaker_named_in_full(string speaker, string later, bool found)
    {
        var text = speaker + " said.";
        var surnames = new SurnameSpeaker(text);
        surnames.Learn(new Attributor(0, speaker.Length, speaker, Ministry, AttributorCue.Verb, 0));
        Assert.Equal(found ? Ministry : null, surnames.Find(later));
    }
}
