using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SourceNoteTests
{
    [Theory]
    [InlineData("At least 1,540 deaths have been reported since 8 October. (source: MoPH)", "MoPH")]
    [InlineData("- Over 85,000 people are staying in 640 shelters (Source: IOM DTM)", "IOM DTM")]
    [InlineData("Casualties by governorate (sources: Ministry of Public Health):", "Ministry of Public Health")]
    [InlineData("Source: UNHCR\nAn estimated 375,000 people have crossed into Syria.", "UNHCR")]
    public void The_names_after_a_source_note_are_the_speaker(string text, string speaker)
    {
        var run = AttributionRun.Of(SourceNote.Frame, text, text.Contains("sources") ? "sources" : "source");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.AccordingTo, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("A security source: the strike hit a car.")]
    [InlineData("The source of the figures was not given.")]
    [InlineData("Officials named the source: a leaked report.")]
    public void Leaves_source_in_running_text_alone(string text)
    {
        var run = AttributionRun.Of(SourceNote.Frame, text, "source");
        Assert.False(run.Read);
    }
}
